"""Helper to declare a call compactly.

script: one turn per line, "R text" (rep), "C text" (customer), "C! text" (customer, negative emotion).
signals: (category, evidence) or (category, evidence, turn); the turn is found automatically when
the evidence occurs in exactly one turn.  fw / op: rep-side evidence strings (found in rep turns).
greeting / closing are derived from the guide's rule and can be overridden.
"""

def _find(turns, ev, speakers, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if turn is not None:
        assert turn in hits, (ev, turn, hits)
        return turn
    assert len(hits) == 1, ("evidence not unique/absent", ev, hits)
    return hits[0]


def call(n, industry, scenario, tags, risk, script, signals=(), self_intro=True, needs=True,
         next_step=True, fw=(), op=(), greeting=None, closing=None):
    turns, neg = [], []
    for line in script.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(None, 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text})
    sigs = []
    for s in signals:
        cat, ev = s[0], s[1]
        t = _find(turns, ev, ("rep", "customer"), s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in rep_turns[0] or "你好" in rep_turns[0]) if greeting is None else greeting
    c = any(w in rep_turns[-1] for w in ("谢", "祝")) if closing is None else closing
    spans = lambda evs: [{"turn": _find(turns, e, ("rep",)), "evidence": e} for e in evs]
    return {
        "id": "call-u171-%02d" % n,
        "industry": industry,
        "scenario": scenario,
        "tags": list(tags),
        "turns": turns,
        "labels": {
            "churn_risk": risk,
            "churn_signals": sigs,
            "qa": {"greeting": g, "self_intro": self_intro, "needs_discovery": needs,
                   "forbidden_words": spans(fw), "over_promise": spans(op),
                   "next_step": next_step, "closing": c},
            "customer_negative_turns": neg,
        },
    }
