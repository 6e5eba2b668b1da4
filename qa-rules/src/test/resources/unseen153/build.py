#!/usr/bin/env python3
"""Builds call-u153-NN.json from calls_def.py and checks labels mechanically."""
import json, os, re, sys, collections
from calls_def import C
HERE = os.path.dirname(os.path.abspath(__file__))
SPK = {"R": "rep", "C": "customer", "N": "customer"}
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
def find(turns, ev, want=None, turn=None):
    if turn is not None:
        if ev not in turns[turn]["text"]: problems.append("evidence %r not in turn %d" % (ev, turn))
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (want is None or t["speaker"] == want)]
    if len(hits) != 1: problems.append("evidence %r found in turns %r" % (ev, hits)); return hits[0] if hits else 0
    return hits[0]
def build(n, c):
    cid = "call-u153-%02d" % n
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line: continue
        k, tx = line[0], line[1:].strip()
        if k == "N": neg.append(len(turns))
        turns.append({"speaker": SPK[k], "text": tx})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        ti = find(turns, ev, None, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = {k: k not in c.get("miss", []) for k in QA}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c.get("op", [])]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = bool(re.search("您好|你好", reps[0]))
    if g != qa["greeting"]: problems.append("%s greeting label %s but first rep turn says %s" % (cid, qa["greeting"], g))
    cl = bool(re.search("谢谢|感谢|祝", reps[-1]))
    if cl != qa["closing"]: problems.append("%s closing label %s but last rep turn says %s" % (cid, qa["closing"], cl))
    if (c["risk"] == "none") != (not sigs): problems.append("%s risk/signals mismatch" % cid)
    for t in turns:
        if re.search(r"[A-Za-z0-9,.?!;:()\"'%]", t["text"]): problems.append("%s ascii in %r" % (cid, t["text"]))
    if not 8 <= len(turns) <= 30: problems.append("%s has %d turns" % (cid, len(turns)))
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
    return d
ds = [build(n, C[n]) for n in sorted(C)]
risk = collections.Counter(d["labels"]["churn_risk"] for d in ds)
ind = collections.Counter(d["industry"] for d in ds)
cats = collections.Counter(c for d in ds for c in {s["category"] for s in d["labels"]["churn_signals"]})
nturns = [len(d["turns"]) for d in ds]
miss = collections.Counter(k for d in ds for k in QA if not d["labels"]["qa"][k])
print("calls", len(ds), "risk", dict(risk)); print("industry", dict(ind)); print("cats", dict(cats))
print("spans", sum(len(d["labels"]["churn_signals"]) for d in ds), "turns", sum(nturns), "long(>=20)", sum(x >= 20 for x in nturns), "min/max", min(nturns), max(nturns))
print("qa misses", dict(miss), "calls with misses", sum(any(not d["labels"]["qa"][k] for k in QA) for d in ds))
print("forbidden calls", sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in ds), "over_promise calls", sum(bool(d["labels"]["qa"]["over_promise"]) for d in ds), "neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in ds))
print("hard_negative", sum("hard_negative" in d["tags"] for d in ds), "negation", sum("negation" in d["tags"] for d in ds))
for p in problems: print("PROBLEM", p)
sys.exit(1 if problems else 0)
