IND = {"S": "b2b_saas", "I": "industrial_equipment", "T": "telecom", "B": "bank_wealth",
       "F": "fmcg_distribution", "H": "furniture", "D": "feed", "O": "hotel_supplies"}
RISK = {"N": "none", "L": "low", "M": "medium", "H": "high"}


def c(n, ind, risk, scen, tags, text, sig=(), miss=(), fw=(), op=(), neg=()):
    turns = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, t = line[0], line[1:].strip()
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": t})
    tags = list(tags)
    for _, cat, _ in sig:
        if cat not in tags:
            tags.append(cat)
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    if len(turns) <= 10 and "short" not in tags:
        tags.append("short")
    qa = {k: (k not in miss) for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in fw]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in op]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    return {
        "id": "call-e45-%02d" % n,
        "industry": IND[ind],
        "scenario": scen,
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": RISK[risk],
            "churn_signals": [{"category": cat, "turn": t, "evidence": e} for t, cat, e in sig],
            "qa": qa,
            "customer_negative_turns": list(neg),
        },
    }
