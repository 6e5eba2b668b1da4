def C(scenario, tags, risk, turns, sig=(), op=(), fw=(), qa=None):
    return dict(scenario=scenario, tags=list(tags), risk=risk, turns=list(turns),
                sig=list(sig), op=list(op), fw=list(fw), qa=dict(qa or {}))
