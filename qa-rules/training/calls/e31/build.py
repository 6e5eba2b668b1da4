# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []

def find(turns, ev, who=None, turn=None):
    if turn is not None:
        assert ev in turns[turn]["text"], (ev, turn)
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        raise AssertionError("evidence %r found in turns %s" % (ev, hits))
    return hits[0]

for n, c in enumerate(CALLS, 1):
    cid = "call-e31-%02d" % n
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        tag, text = line.split(":", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(text):
            errs.append((cid, "bad char", text))
        turns.append({"speaker": sp, "text": text})
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        t = find(turns, ev, None, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = {k: k not in c["nq"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["nq"]
    qa["closing"] = "closing" not in c["nq"]
    # sanity checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        errs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]:
        errs.append((cid, "closing mismatch"))
    if (c["risk"] == "none") != (len(sigs) == 0):
        errs.append((cid, "risk/signals mismatch"))
    if not 8 <= len(turns) <= 30:
        errs.append((cid, "turn count", len(turns)))
    tags = list(c["tags"])
    if c["fw"] and "forbidden_words" not in tags:
        tags.append("forbidden_words")
    if c["op"] and "over_promise" not in tags:
        tags.append("over_promise")
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if len(turns) <= 10 and "short" not in tags:
        tags.append("short")
    if len(turns) >= 17 and "long" not in tags:
        tags.append("long")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

print("calls", len(CALLS))
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["ind"] for c in CALLS))
cc = collections.Counter()
for c in CALLS:
    for cat in {s[0] for s in c["sig"]}:
        cc[cat] += 1
print("calls per category", dict(cc), "spans", sum(len(c["sig"]) for c in CALLS))
print("qa misses", {k: sum(k in c["nq"] for c in CALLS) for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]},
      "calls with misses", sum(bool(c["nq"]) for c in CALLS))
print("forbidden calls", sum(bool(c["fw"]) for c in CALLS), "over_promise calls", sum(bool(c["op"]) for c in CALLS))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
lens = [len(c["text"].strip().splitlines()) for c in CALLS]
print("turns total", sum(lens), "min", min(lens), "max", max(lens))
print("errors", errs)
