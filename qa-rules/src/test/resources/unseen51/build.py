#!/usr/bin/env python3
"""Writes call-u51-NN.json from calls_def.py and checks labels mechanically."""
import json, os, re, collections
from calls_def import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter()
seen = collections.Counter()
assert len(CALLS) == 40
for n, c in enumerate(CALLS, 1):
    cid = "call-u51-%02d" % n
    turns = []
    for s in c["turns"]:
        sp, tx = s.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
        seen[tx] += 1
        if re.search(r"[A-Za-z0-9,.?!;:'\"()%|]", tx): problems.append("%s: ascii in %r" % (cid, tx))
    def chk(kind, t, ev, who=None):
        if not (0 <= t < len(turns)): problems.append("%s %s turn %d out of range" % (cid, kind, t)); return
        if ev not in turns[t]["text"]: problems.append("%s %s evidence %r not in turn %d" % (cid, kind, ev, t))
        if who and turns[t]["speaker"] != who: problems.append("%s %s turn %d not %s" % (cid, kind, t, who))
    for cat, t, ev in c["sig"]: chk("signal", t, ev)
    for t, ev in c.get("fw", []): chk("forbidden", t, ev, "rep")
    for t, ev in c.get("op", []): chk("over_promise", t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": problems.append("%s neg turn %d not customer" % (cid, t))
    if (c["risk"] == "none") != (not c["sig"]): problems.append("%s risk/signals mismatch" % cid)
    qa = {k: k not in c.get("miss", []) for k in BOOLS}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != ("您好" in reps[0] or "你好" in reps[0]): problems.append("%s greeting flag vs first rep turn" % cid)
    if qa["closing"] != bool(re.search("谢|感谢|祝", reps[-1])): problems.append("%s closing flag vs last rep turn" % cid)
    if not 8 <= len(turns) <= 30: problems.append("%s turn count" % cid)
    risk[c["risk"]] += 1; ind[c["ind"]] += 1
    for cat in {s[0] for s in c["sig"]}: cats[cat] += 1
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"],
                    "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
                    "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                           "forbidden_words": [{"turn": t, "evidence": e} for t, e in c.get("fw", [])],
                           "over_promise": [{"turn": t, "evidence": e} for t, e in c.get("op", [])],
                           "next_step": qa["next_step"], "closing": qa["closing"]},
                    "customer_negative_turns": c["neg"]}}
    json.dump(d, open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
dups = [t for t, k in seen.items() if k > 1 and len(t) > 6]
if dups: problems.append("repeated turns: %r" % dups)
for p in problems: print(p)
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats))
print("turns", sum(len(c["turns"]) for c in CALLS), "min", min(len(c["turns"]) for c in CALLS), "max", max(len(c["turns"]) for c in CALLS))
print("signals", sum(len(c["sig"]) for c in CALLS), "neg turns", sum(len(c["neg"]) for c in CALLS))
miss = collections.Counter(m for c in CALLS for m in c.get("miss", []))
print("qa misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c.get("miss")),
      "fw calls", sum(1 for c in CALLS if c.get("fw")), "op calls", sum(1 for c in CALLS if c.get("op")),
      "hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("%d build problems" % len(problems))
