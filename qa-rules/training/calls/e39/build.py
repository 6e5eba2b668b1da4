#!/usr/bin/env python3
"""Builds call-e39-NN.json from calls_def.py and checks labels mechanically."""
import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]

def parse(T):
    turns, neg = [], []
    for line in T.strip().splitlines():
        line = line.strip()
        if not line: continue
        tag, text = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
    return turns, neg

def locate(turns, ev, turn=None, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        assert turn in hits, (ev, turn, hits)
        return turn
    assert len(hits) == 1, ("evidence not unique or missing", ev, hits)
    return hits[0]

def spans(turns, lst, rep_only):
    out = []
    for item in lst:
        ev, turn = (item, None) if isinstance(item, str) else (item[1], item[0])
        out.append({"turn": locate(turns, ev, turn, rep_only), "evidence": ev})
    return out

problems = 0
seen_turns = collections.Counter()
for c in CALLS:
    n = c["n"]; cid = "call-e39-%02d" % n
    turns, neg = parse(c["T"])
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]; turn = s[2] if len(s) > 2 else None
        sigs.append({"category": cat, "turn": locate(turns, ev, turn), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    miss = set(c.get("miss", []))
    qa = {k: (k not in miss) for k in BOOLS}
    qa["forbidden_words"] = spans(turns, c.get("fw", []), True)
    qa["over_promise"] = spans(turns, c.get("op", []), True)
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    # mechanical consistency checks
    g = ("您好" in reps[0] or "你好" in reps[0])
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    errs = []
    if g != qa["greeting"]: errs.append("greeting mismatch")
    if cl != qa["closing"]: errs.append("closing mismatch")
    if not 8 <= len(turns) <= 30: errs.append("turn count %d" % len(turns))
    if (c["risk"] == "none") != (not sigs): errs.append("risk/signal mismatch")
    for t in turns:
        if re.search(r"[A-Za-z0-9,.?!;:()\"'~]", t["text"]): errs.append("ascii in: " + t["text"])
        seen_turns[t["text"]] += 1
    for e in errs: print(cid, e); problems += 1
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
dups = [t for t, k in seen_turns.items() if k > 1 and len(t) > 6]
if dups: print("repeated turns:", dups)
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
print(len(CALLS), "calls", dict(risk), dict(ind), "problems", problems)
