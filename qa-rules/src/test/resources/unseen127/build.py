# -*- coding: utf-8 -*-
"""Build call-u127-NN.json files from calls_def.py and check them."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []

def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        errs.append(f"evidence {ev!r} hits {hits}")
        return hits[0] if hits else -1
    return hits[0]

for c in CALLS:
    cid = f"call-u127-{c['n']:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        tag, text = line.split(":", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(text):
            errs.append(f"{cid}: bad char in {text!r}")
        turns.append({"speaker": sp, "text": text})
    if not 8 <= len(turns) <= 30:
        errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for cat, ev in c["sig"]:
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": find(turns, ev), "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        errs.append(f"{cid}: risk/signals mismatch")
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != ("您好" in reps[0] or "你好" in reps[0]):
        errs.append(f"{cid}: greeting check")
    if qa["closing"] != any(w in reps[-1] for w in ("谢", "祝")):
        errs.append(f"{cid}: closing check")
    assert c["ind"] == IND[(c["n"] - 1) % 8], cid
    tags = list(c["tags"])
    if len(turns) <= 10 and "short" not in tags:
        tags.append("short")
    if len(turns) > 10 and "short" in tags:
        tags.remove("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cat = collections.Counter()
for c in CALLS:
    for k in {s[0] for s in c["sig"]}:
        cat[k] += 1
miss = collections.Counter(m for c in CALLS for m in c["miss"])
lens = [len(c["t"].strip().splitlines()) for c in CALLS]
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cat.most_common()))
print("signal spans", sum(len(c["sig"]) for c in CALLS))
print("qa misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if c["fw"]), "over-promise calls", sum(1 for c in CALLS if c["op"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("neg turns", sum(l.startswith("C!") for c in CALLS for l in c["t"].strip().splitlines()))
print("turns", sum(lens), "min", min(lens), "max", max(lens), "<=10:", sum(l <= 10 for l in lens), "11-16:", sum(11 <= l <= 16 for l in lens), ">16:", sum(l > 16 for l in lens))
print("ERRORS:" if errs else "no errors", *errs, sep="\n")
