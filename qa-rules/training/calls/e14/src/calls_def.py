CALLS = []
def C(n, ind, risk, scen, tags, qa, body):
    CALLS.append((n, ind, risk, scen, tags, qa, body))
import p1, p2, p3, p4
