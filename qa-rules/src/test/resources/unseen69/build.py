import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
def locate(turns, ev, want=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if want is not None:
        assert want in hits, (ev, want, hits); return want
    assert len(hits) == 1, (ev, hits)
    return hits[0]
assert len(CALLS) == 40
out = []
for n, c in enumerate(CALLS, 1):
    cid = "call-u69-%02d" % n
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        sp, txt = s.split(":", 1)
        assert not bad.search(txt), (cid, i, bad.findall(txt))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt})
        if sp == "C!": neg.append(i)
    assert 8 <= len(turns) <= 30, cid
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        i = locate(turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    assert (c["risk"] == "none") == (len(sigs) == 0), cid
    qa = {k: k not in c.get("miss", []) for k in QA}
    qa["forbidden_words"] = [{"turn": locate(turns, e, speaker="rep"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": locate(turns, e, speaker="rep"), "evidence": e} for e in c.get("op", [])]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    if len(turns) <= 10: tags.append("short")
    assert not bad.search(c["sc"]), cid
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(cid + ".json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
    out.append(d)
print("risk", Counter(d["labels"]["churn_risk"] for d in out))
print("industry", Counter(d["industry"] for d in out))
print("calls per category", Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]}))
print("signal spans", sum(len(d["labels"]["churn_signals"]) for d in out))
print("turns", sum(len(d["turns"]) for d in out), "min/max", min(len(d["turns"]) for d in out), max(len(d["turns"]) for d in out))
print("qa misses", {k: sum(not d["labels"]["qa"][k] for d in out) for k in QA})
print("calls with miss", sum(any(not d["labels"]["qa"][k] for k in QA) for d in out))
print("fw calls", sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in out), "op calls", sum(bool(d["labels"]["qa"]["over_promise"]) for d in out))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("hard_negative", sum("hard_negative" in d["tags"] for d in out), "negation", sum("negation" in d["tags"] for d in out))
