CALLS = []

def C(num, industry, scenario, tags, risk, turns, signals=(), qa="11111", fw=(), op=()):
    """turns: one turn per line, alternating rep/customer starting with rep; a leading '!' marks a
    customer turn with negative emotion. signals: (category, evidence[, turn]). qa: five 0/1 flags
    greeting, self_intro, needs_discovery, next_step, closing. fw/op: evidence[, turn] in rep turns."""
    lines = [l.strip() for l in turns.strip().splitlines() if l.strip()]
    CALLS.append(dict(num=num, industry=industry, scenario=scenario, tags=list(tags), risk=risk,
                      lines=lines, signals=list(signals), qa=qa, fw=list(fw), op=list(op)))
