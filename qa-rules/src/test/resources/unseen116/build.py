# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
def locate(turns, ev, want=None, t=None):
    hits = [i for i, x in enumerate(turns) if ev in x["text"] and (want is None or x["speaker"] == want)]
    if t is not None:
        assert t in hits, (ev, t, hits); return t
    assert len(hits) == 1, ("evidence not unique", ev, hits); return hits[0]
errs = 0; seen = collections.Counter()
assert len(CALLS) == 40
for n, c in enumerate(CALLS, 1):
    cid = "call-u116-%02d" % n
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        p, txt = raw.split(":", 1)
        turns.append({"speaker": "rep" if p == "R" else "customer", "text": txt})
        if p == "C!": neg.append(i)
        if re.search(r"[A-Za-z0-9,.?!;:()\"']", txt): print(cid, i, "bad char", txt); errs += 1
        seen[txt] += 1
    sigs = []
    for s in c.get("sig", []):
        ti = locate(turns, s[1], None, s[2] if len(s) > 2 else None)
        sigs.append({"category": s[0], "turn": ti, "evidence": s[1]})
    qa = {k: k not in c.get("miss", []) for k in QA}
    qa["forbidden_words"] = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c.get("op", [])]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    if (c["risk"] == "none") != (not sigs): print(cid, "risk/signals mismatch"); errs += 1
    if not 8 <= len(turns) <= 30: print(cid, "turn count", len(turns)); errs += 1
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
dups = [t for t, k in seen.items() if k > 1]
if dups: print("repeated turns:", dups)
print("risk", collections.Counter(c["risk"] for c in CALLS), "industry", collections.Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"]) for c in CALLS))
print("build errors", errs)
