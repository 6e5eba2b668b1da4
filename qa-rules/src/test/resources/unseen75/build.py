# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
QA_BOOL = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter()
sent_seen = collections.defaultdict(list)
for c in CALLS:
    cid = "call-u75-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        sp, tx = t.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
    def P(msg): problems.append("%s: %s" % (cid, msg))
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]) or re.search(r"[,.?!;:()\"'~\-]", t["text"]): P("bad chars turn %d" % i)
        for s in re.split(r"[。？！；]", t["text"]):
            if len(s) >= 8: sent_seen[s].append(cid)
    for cat, ti, ev in c["signals"]:
        if ev not in turns[ti]["text"]: P("signal evidence %r not in turn %d" % (ev, ti))
    for k in ("fw", "op"):
        for ti, ev in c[k]:
            if turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]: P("%s span bad turn %d" % (k, ti))
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": P("neg turn %d not customer" % ti)
    if (c["risk"] == "none") != (not c["signals"]): P("risk/signals mismatch")
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_hello = ("您好" in first_rep) or ("你好" in first_rep)
    if has_hello != ("greeting" not in c["miss"]): P("greeting mismatch")
    if not 8 <= len(turns) <= 30: P("turn count")
    risk[c["risk"]] += 1; ind[c["industry"]] += 1
    for cat in {s[0] for s in c["signals"]}: cats[cat] += 1
    qa = {k: k not in c["miss"] for k in QA_BOOL}
    labels = {"churn_risk": c["risk"],
              "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
              "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                     "forbidden_words": [{"turn": a, "evidence": e} for a, e in c["fw"]],
                     "over_promise": [{"turn": a, "evidence": e} for a, e in c["op"]],
                     "next_step": qa["next_step"], "closing": qa["closing"]},
              "customer_negative_turns": sorted(c["neg"])}
    d = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns, "labels": labels}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
for s, ids in sent_seen.items():
    if len(ids) > 1: problems.append("repeated sentence %r in %s" % (s, ids))
print("calls", len(CALLS), "risk", dict(risk)); print("industries", dict(ind)); print("calls per category", dict(cats))
print("turns", sum(len(c["turns"]) for c in CALLS), "lengths", sorted(len(c["turns"]) for c in CALLS))
print("signals", sum(len(c["signals"]) for c in CALLS), "neg turns", sum(len(c["neg"]) for c in CALLS))
miss = collections.Counter(m for c in CALLS for m in c["miss"])
print("qa misses", dict(miss), "calls with misses", sum(1 for c in CALLS if c["miss"]),
      "fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("\n".join(problems) or "build: 0 problems")
