# -*- coding: utf-8 -*-
"""Build call-u87-NN.json from calls_def.py and run self-checks."""
import json, os, re, sys, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []

def err(cid, msg):
    problems.append(f"{cid}: {msg}")

seen_text = collections.Counter()
for i, c in enumerate(CALLS, 1):
    cid = f"call-u87-{i:02d}"
    turns = []
    for line in c["t"].strip().splitlines():
        sp, text = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    n = len(turns)
    if not 8 <= n <= 30: err(cid, f"{n} turns")
    for k, t in enumerate(turns):
        if BAD.search(t["text"]): err(cid, f"turn {k} bad char {BAD.findall(t['text'])}")
        seen_text[t["text"]] += 1
    qa = dict(greeting=True, self_intro=True, needs_discovery=True, next_step=True, closing=True)
    qa.update(c.get("qa", {}))
    fw = [{"turn": t, "evidence": e} for t, e in c.get("forbidden", [])]
    op = [{"turn": t, "evidence": e} for t, e in c.get("over", [])]
    sigs = [{"category": cat, "turn": t, "evidence": e} for cat, t, e in c["sig"]]
    for s in sigs:
        if s["category"] not in CATS: err(cid, f"bad cat {s}")
        if s["evidence"] not in turns[s["turn"]]["text"]: err(cid, f"evidence not in turn: {s}")
    for s in fw + op:
        if turns[s["turn"]]["speaker"] != "rep": err(cid, f"qa span on customer turn {s}")
        if s["evidence"] not in turns[s["turn"]]["text"]: err(cid, f"qa evidence missing {s}")
    for k in c["neg"]:
        if turns[k]["speaker"] != "customer": err(cid, f"neg turn {k} not customer")
    risk = c["risk"]
    if (risk == "none") != (not sigs): err(cid, "risk/signals mismatch")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_g = ("您好" in reps[0]) or ("你好" in reps[0])
    if has_g != qa["greeting"]: err(cid, f"greeting heuristic {has_g} vs {qa['greeting']}")
    has_c = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if has_c != qa["closing"]: err(cid, f"closing heuristic {has_c} vs {qa['closing']}")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                             "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                             "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

dups = [t for t, k in seen_text.items() if k > 1]
if dups: problems.append(f"duplicate turn texts: {dups}")
# distribution
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cats = collections.Counter()
for c in CALLS:
    for cat in {s[0] for s in c["sig"]}: cats[cat] += 1
lens = [len(c["t"].strip().splitlines()) for c in CALLS]
miss = collections.Counter(); misscalls = 0
for c in CALLS:
    q = c.get("qa", {})
    m = [k for k, v in q.items() if v is False]
    misscalls += bool(m)
    for k in m: miss[k] += 1
print("risk", dict(risk)); print("industry", dict(ind)); print("categories", dict(cats))
print("signals", sum(len(c["sig"]) for c in CALLS), "turns", sum(lens), "min/max", min(lens), max(lens))
print("short(<=10)", sum(l <= 10 for l in lens), "medium", sum(10 < l < 17 for l in lens), "long(>=17)", sum(l >= 17 for l in lens))
print("qa misses", dict(miss), "calls with a miss", misscalls)
print("forbidden calls", sum(bool(c.get("forbidden")) for c in CALLS), "over-promise calls", sum(bool(c.get("over")) for c in CALLS))
print("neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard negatives", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("\n".join(problems) or "self-check: 0 problems")
