# -*- coding: utf-8 -*-
import json, re, os, collections
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
assert len(CALLS) == 40
def find(turns, ev, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    assert len(hits) == 1, (ev, hits)
    return hits[0]
stats = collections.Counter(); cats = collections.Counter(); miss = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = "call-u57-%02d" % n
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        p, text = raw.split(":", 1)
        assert p in ("R", "C", "C!"), raw
        assert not BAD.search(text), (cid, text)
        turns.append({"speaker": "rep" if p == "R" else "customer", "text": text})
        if p == "C!": neg.append(i)
    assert 8 <= len(turns) <= 30, cid
    assert not BAD.search(c["scen"]), c["scen"]
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = s[2] if len(s) > 2 else find(turns, ev)
        assert ev in turns[t]["text"]
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    assert (c["risk"] == "none") == (len(sigs) == 0), cid
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1; stats["turns"] += len(turns)
    stats["signals"] += len(sigs); stats["neg_turns"] += len(neg)
    stats["long>20"] += len(turns) > 20; stats["short<=10"] += len(turns) <= 10
    for cat in {s["category"] for s in sigs}: cats[cat] += 1
    for m in c["miss"]: miss[m] += 1
    if c["fw"]: miss["forbidden_calls"] += 1
    if c["op"]: miss["over_promise_calls"] += 1
    if "hard_negative" in c["tags"]: stats["hard_negative"] += 1
    if c["miss"]: stats["calls_with_qa_miss"] += 1
print(dict(stats)); print(dict(cats)); print(dict(miss))
