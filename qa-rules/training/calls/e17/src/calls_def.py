CALLS = []
def C(n, ind, risk, scen, tags, qa, t, sig=(), fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=list(tags), qa=qa, t=t, sig=list(sig), fw=list(fw), op=list(op)))
import os
for _p in ('part_a.py', 'part_b.py', 'part_c.py', 'part_d.py'):
    _f = os.path.join(os.path.dirname(os.path.abspath(__file__)), _p)
    if os.path.exists(_f): exec(open(_f).read())
