"""Helper to declare a call compactly."""


def C(n, industry, scenario, tags, turns, risk, sig=(), qa="gsnxc", fw=(), op=(), neg=()):
    """qa: letters present = item true (g greeting, s self_intro, n needs_discovery, x next_step, c closing)."""
    return dict(n=n, industry=industry, scenario=scenario, tags=tags, turns=turns, risk=risk,
                sig=list(sig), qa={k: (k in qa) for k in "gsnxc"}, fw=list(fw), op=list(op),
                neg=list(neg))
