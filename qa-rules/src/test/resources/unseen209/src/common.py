CALLS = []
def call(n, ind, risk, scen, tags, turns, sig=(), g=1, i=1, nd=1, x=1, c=1, f=(), o=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=list(tags), turns=list(turns),
                      sig=list(sig), g=bool(g), i=bool(i), nd=bool(nd), x=bool(x), c=bool(c),
                      f=list(f), o=list(o)))
