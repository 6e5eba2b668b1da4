# -*- coding: utf-8 -*-
"""Build call-u52-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []

def find_turn(turns, ev, who=None, cid=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

def build(c):
    cid = f"call-u52-{c['n']:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["t"]):
        if raw.startswith("C!"):
            turns.append({"speaker": "customer", "text": raw[2:]}); neg.append(i)
        elif raw[0] == "C":
            turns.append({"speaker": "customer", "text": raw[1:]})
        elif raw[0] == "R":
            turns.append({"speaker": "rep", "text": raw[1:]})
        else:
            problems.append(f"{cid}: bad prefix {raw[:5]}")
    for t in turns:
        if re.search(r"[\x00-\x7f]", t["text"]):
            problems.append(f"{cid}: ASCII char in {t['text']!r}")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for cat, ev in c["sig"]:
        if cat not in CATS: problems.append(f"{cid}: bad cat {cat}")
        sigs.append({"category": cat, "turn": find_turn(turns, ev, None, cid), "evidence": ev})
    fw = [{"turn": find_turn(turns, ev, "rep", cid), "evidence": ev} for ev in c["fw"]]
    op = [{"turn": find_turn(turns, ev, "rep", cid), "evidence": ev} for ev in c["op"]]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: problems.append(f"{cid}: greeting label {qa['greeting']} vs text")
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: problems.append(f"{cid}: closing label {qa['closing']} vs text")
    if (c["risk"] == "none") != (len(sigs) == 0):
        problems.append(f"{cid}: risk {c['risk']} with {len(sigs)} signals")
    if c["ind"] not in INDUSTRIES: problems.append(f"{cid}: industry")
    return {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}

calls = [build(c) for c in CALLS]
ids = [c["id"] for c in calls]
assert len(set(ids)) == 40 == len(ids)
# no repeated sentences across calls
seen = {}
for c in calls:
    for t in c["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                if s in seen and seen[s] != c["id"]:
                    problems.append(f"repeated sentence {s!r} in {seen[s]} and {c['id']}")
                seen[s] = c["id"]
for c in calls:
    with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1); f.write("\n")
risk = Counter(c["labels"]["churn_risk"] for c in calls)
ind = Counter(c["industry"] for c in calls)
cats = Counter(cat for c in calls for cat in {s["category"] for s in c["labels"]["churn_signals"]})
nspans = sum(len(c["labels"]["churn_signals"]) for c in calls)
qa_miss = Counter(k for c in calls for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
                  if not c["labels"]["qa"][k])
nmiss = sum(1 for c in calls if any(not c["labels"]["qa"][k] for k in qa_miss))
fwc = sum(1 for c in calls if c["labels"]["qa"]["forbidden_words"])
opc = sum(1 for c in calls if c["labels"]["qa"]["over_promise"])
hn = sum(1 for c in calls if "hard_negative" in c["tags"])
neg = sum(len(c["labels"]["customer_negative_turns"]) for c in calls)
nt = [len(c["turns"]) for c in calls]
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats), "spans", nspans)
print("qa misses", dict(qa_miss), "calls with a miss", nmiss, "forbidden calls", fwc, "over-promise calls", opc)
print("hard negatives", hn, "negative customer turns", neg, "turns", sum(nt), "min/max", min(nt), max(nt),
      "short<=11", sum(n <= 11 for n in nt), "medium12-18", sum(12 <= n <= 18 for n in nt), "long>=19", sum(n >= 19 for n in nt))
print("PROBLEMS", len(problems)); [print(" ", p) for p in problems]
