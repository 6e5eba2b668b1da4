CALLS = []
def call(n, ind, risk, scen, tags, turns, sig=(), fw=(), op=(), miss=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=tags,
        turns=[l for l in turns.strip().splitlines() if l.strip()], sig=sig, fw=fw, op=op, miss=miss))
