# -*- coding: utf-8 -*-
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errors = []

def find(turns, ev, spk=None, turn=None, cid=""):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            errors.append(f"{cid}: '{ev}' not in turn {turn}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (spk is None or t["speaker"] == spk)]
    if len(hits) != 1:
        errors.append(f"{cid}: evidence '{ev}' matches turns {hits}")
        return hits[0] if hits else 0
    return hits[0]

stats = Counter(); catcalls = Counter(); spans = 0; negs = 0
for n, c in enumerate(CALLS, 1):
    cid = f"call-u64-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if BAD.search(text):
            errors.append(f"{cid}: bad char in turn {len(turns)-1}: {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30:
        errors.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        ti = find(turns, ev, None, s[2] if len(s) > 2 else None, cid)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        errors.append(f"{cid}: risk/signals mismatch")
    miss = c["miss"]
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss, "needs_discovery": "n" not in miss,
          "forbidden_words": [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in c["fw"]],
          "over_promise": [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in c["op"]],
          "next_step": "x" not in miss, "closing": "c" not in miss}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != (("您好" in reps[0][:8]) or ("你好" in reps[0][:8])):
        errors.append(f"{cid}: greeting heuristic disagrees")
    if qa["closing"] != any(w in reps[-1] for w in ["谢谢", "感谢", "祝"]):
        errors.append(f"{cid}: closing heuristic disagrees")
    sigs.sort(key=lambda s: s["turn"])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    assert c["ind"] in INDS
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats[("risk", c["risk"])] += 1; stats[("ind", c["ind"])] += 1
    for cat in {s["category"] for s in sigs}:
        catcalls[cat] += 1
    spans += len(sigs); negs += len(neg); stats["turns"] += len(turns)
    for k in "gsnxc":
        if k in miss: stats[("miss", k)] += 1
    if c["fw"]: stats["fw_calls"] += 1
    if c["op"]: stats["op_calls"] += 1
    if "hard_negative" in c["tags"]: stats["hard_neg"] += 1
    if len(turns) > 20: stats["long"] += 1
    if len(turns) <= 11: stats["short_le11"] += 1

for k, v in sorted(stats.items(), key=str): print(k, v)
print("calls per category", dict(catcalls.most_common()), "spans", spans, "neg turns", negs)
print("misses in calls", sum(1 for c in CALLS if c["miss"]))
print("ERRORS" if errors else "OK", *errors, sep="\n")
