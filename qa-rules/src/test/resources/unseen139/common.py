CALLS = {}
def add(n, ind, risk, sc, tags, text, sig=(), qa="gsnxc", fw=(), op=()):
    assert n not in CALLS
    CALLS[n] = dict(ind=ind, risk=risk, sc=sc, tags=list(tags), text=text, sig=list(sig), qa=qa, fw=list(fw), op=list(op))
