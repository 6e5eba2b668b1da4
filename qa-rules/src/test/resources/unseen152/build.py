#!/usr/bin/env python3
"""Builds call-u152-NN.json from calls_b1..b4.py and checks labels against the guide's mechanics."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS

IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []

def prob(n, msg):
    problems.append("call %02d: %s" % (n, msg))

def build(c):
    n = c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        sp, tx = line[0], line[2:].strip()
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
    if c["ind"] != IND[(n - 1) % 8]:
        prob(n, "industry order")
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]):
            prob(n, "turn %d has ASCII: %r" % (i, t["text"]))
    sigs = []
    for ti, cat, ev in c.get("sig", []):
        if ev not in turns[ti]["text"]:
            prob(n, "evidence %r not in turn %d" % (ev, ti))
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst, name):
        out = []
        for ti, ev in lst:
            if turns[ti]["speaker"] != "rep":
                prob(n, "%s on non-rep turn %d" % (name, ti))
            if ev not in turns[ti]["text"]:
                prob(n, "%s evidence %r not in turn %d" % (name, ev, ti))
            out.append({"turn": ti, "evidence": ev})
        return out
    flags = dict(zip(QA, [ch == "1" for ch in c["qa"]]))
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if flags["greeting"] != bool(re.search("您好|你好", reps[0])):
        prob(n, "greeting flag vs first rep turn")
    if flags["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])):
        prob(n, "closing flag vs last rep turn")
    for ti in c.get("neg", []):
        if turns[ti]["speaker"] != "customer":
            prob(n, "negative turn %d not customer" % ti)
    if c["risk"] == "none" and sigs:
        prob(n, "none with signals")
    if c["risk"] != "none" and not sigs:
        prob(n, "risk without signals")
    if not 8 <= len(turns) <= 30:
        prob(n, "%d turns" % len(turns))
    qa = dict(flags)
    qa["forbidden_words"] = spans(c.get("fw", []), "forbidden")
    qa["over_promise"] = spans(c.get("op", []), "over_promise")
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    return {
        "id": "call-u152-%02d" % n,
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": qa,
            "customer_negative_turns": sorted(c.get("neg", [])),
        },
    }

docs = [build(c) for c in CALLS]
# duplicate sentences across/within calls
seen = collections.defaultdict(list)
for d in docs:
    for i, t in enumerate(d["turns"]):
        for s in re.split(r"(?<=[。？！])", t["text"]):
            if len(s) >= 6:
                seen[s].append((d["id"], i))
for s, where in seen.items():
    if len(where) > 1:
        problems.append("repeated sentence %r in %s" % (s, where))
for d in docs:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
# summary
risk = collections.Counter(d["labels"]["churn_risk"] for d in docs)
ind = collections.Counter(d["industry"] for d in docs)
cat = collections.Counter()
for d in docs:
    for c in {s["category"] for s in d["labels"]["churn_signals"]}:
        cat[c] += 1
nsig = sum(len(d["labels"]["churn_signals"]) for d in docs)
miss = collections.Counter(k for d in docs for k in QA if not d["labels"]["qa"][k])
missc = sum(1 for d in docs if any(not d["labels"]["qa"][k] for k in QA))
fw = sum(1 for d in docs if d["labels"]["qa"]["forbidden_words"])
op = sum(1 for d in docs if d["labels"]["qa"]["over_promise"])
long_ = sum(1 for d in docs if len(d["turns"]) >= 20)
nturn = sum(len(d["turns"]) for d in docs)
neg = sum(len(d["labels"]["customer_negative_turns"]) for d in docs)
hn = sum(1 for d in docs if "hard_negative" in d["tags"])
print("calls", len(docs), "turns", nturn, "long(>=20)", long_)
print("risk", dict(risk))
print("industry", dict(ind))
print("calls per category", dict(cat.most_common()), "spans", nsig)
print("qa misses", dict(miss), "calls with a miss", missc, "forbidden calls", fw, "over-promise calls", op)
print("negative customer turns", neg, "hard negatives", hn)
for p in problems:
    print("PROBLEM", p)
print("problems", len(problems))
