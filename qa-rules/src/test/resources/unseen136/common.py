CALLS = []
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]

def call(n, industry, scenario, tags, risk, turns, sig=(), fw=(), op=(), neg=(), miss=()):
    tt = []
    for t in turns:
        sp, text = t.split(":", 1)
        tt.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    qa = {k: (k not in miss) for k in QA_BOOLS}
    for m in miss:
        assert m in QA_BOOLS, m
    qa = {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
          "forbidden_words": [{"turn": a, "evidence": b} for a, b in fw],
          "over_promise": [{"turn": a, "evidence": b} for a, b in op],
          "next_step": qa["next_step"], "closing": qa["closing"]}
    CALLS.append({"id": "call-u136-%02d" % n, "industry": industry, "scenario": scenario, "tags": list(tags),
                  "turns": tt,
                  "labels": {"churn_risk": risk,
                             "churn_signals": [{"category": c, "turn": a, "evidence": b} for c, a, b in sig],
                             "qa": qa, "customer_negative_turns": list(neg)}})
