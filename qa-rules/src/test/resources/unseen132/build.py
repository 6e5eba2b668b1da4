#!/usr/bin/env python3
"""Builds call-u132-NN.json from calls_a..d.py and checks labels."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_a import CALLS as A
from calls_b import CALLS as B
from calls_c import CALLS as C
from calls_d import CALLS as D
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
out = os.path.dirname(os.path.abspath(__file__))
errs = []
def find(turns, ev, who=None, n=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        errs.append("%s: evidence %r found in turns %r" % (n, ev, hits)); return -1
    return hits[0]
for c in A + B + C + D:
    n = "call-u132-%02d" % c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line: continue
        sp, tx = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx.strip()})
        if re.search(r"[A-Za-z0-9,.?!;:()\"' ]", tx.strip()): errs.append("%s: bad chars in %r" % (n, tx))
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        i = s[2] if len(s) > 2 else find(turns, ev, None, n)
        if ev not in turns[i]["text"]: errs.append("%s: %r not in %d" % (n, ev, i))
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    qa = {k: k not in c.get("miss", []) for k in QA}
    qa = {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
          "forbidden_words": [{"turn": find(turns, e, "rep", n), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, "rep", n), "evidence": e} for e in c.get("op", [])],
          "next_step": qa["next_step"], "closing": qa["closing"]}
    neg = sorted(find(turns, e, "customer", n) for e in c.get("neg", []))
    if c["risk"] == "none" and sigs: errs.append(n + ": none with signals")
    if c["risk"] != "none" and not sigs: errs.append(n + ": risk without signals")
    if not 8 <= len(turns) <= 30: errs.append(n + ": turns %d" % len(turns))
    if turns[0]["speaker"] != "rep": errs.append(n + ": first turn not rep")
    d = {"id": n, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(d, open(os.path.join(out, n + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("\n".join(errs) or "build ok: %d calls" % len(A + B + C + D))
