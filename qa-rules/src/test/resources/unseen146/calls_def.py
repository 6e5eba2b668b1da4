"""Call definitions for the unseen146 blind test set (written from the labeling guide only)."""
CALLS = []
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]


def _find(turns, ev, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    assert len(hits) == 1, (ev, hits)
    return hits[0]


def C(n, industry, risk, scenario, tags, body, sig=(), miss="", fw=(), op=()):
    turns, neg = [], []
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text.strip()})
    signals = []
    for s in sig:
        cat, ev = s[0], s[1]
        t = s[2] if len(s) > 2 else _find(turns, ev)
        signals.append({"category": cat, "turn": t, "evidence": ev})
    qa = {k: k not in miss.split() for k in QA_KEYS}
    qa_out = {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
              "needs_discovery": qa["needs_discovery"],
              "forbidden_words": [{"turn": _find(turns, e, "rep"), "evidence": e} for e in fw],
              "over_promise": [{"turn": _find(turns, e, "rep"), "evidence": e} for e in op],
              "next_step": qa["next_step"], "closing": qa["closing"]}
    CALLS.append({"id": "call-u146-%02d" % n, "industry": industry, "scenario": scenario,
                  "tags": list(tags), "turns": turns,
                  "labels": {"churn_risk": risk, "churn_signals": signals, "qa": qa_out,
                             "customer_negative_turns": neg}})


from batch1 import *  # noqa
from batch2 import *  # noqa
from batch3 import *  # noqa
from batch4 import *  # noqa
