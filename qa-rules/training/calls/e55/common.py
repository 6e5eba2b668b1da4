"""Shared helper: each call is declared with call(...) in calls_N.py; build.py writes the JSON."""
CALLS = []

def call(n, industry, risk, scenario, tags, t, qa="GSNXC", sig=(), fw=(), op=(), neg=None):
    """t: one turn per line, 'R text' (rep), 'C text' (customer) or 'C! text' (customer, negative emotion).
    qa: letters present = true: G greeting, S self_intro, N needs_discovery, X next_step, C closing.
    sig: (category, evidence) or (category, evidence, turn); turn found by unique substring if omitted.
    fw / op: evidence strings (or (evidence, turn)) searched in rep turns only."""
    turns, negs = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        if tag == "R":
            turns.append({"speaker": "rep", "text": text.strip()})
        elif tag in ("C", "C!"):
            if tag == "C!":
                negs.append(len(turns))
            turns.append({"speaker": "customer", "text": text.strip()})
        else:
            raise ValueError(f"call {n}: bad tag {tag!r}")
    CALLS.append(dict(n=n, industry=industry, risk=risk, scenario=scenario, tags=list(tags),
                      turns=turns, qa=qa, sig=list(sig), fw=list(fw), op=list(op), negs=negs))
