#!/usr/bin/env python3
"""Build call-u200-NN.json from calls_1.py .. calls_4.py and check every evidence span.

Turn lines: "R text" = rep, "C text" = customer, "C! text" = customer turn with negative emotion.
Evidence is located automatically: it must occur in exactly one turn (of the right speaker for QA spans).
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
BAD = re.compile(r"[A-Za-z0-9,.?!:;()%]")
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def locate(cid, turns, ev, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1:
        err(cid, f"evidence {ev!r} found in turns {hits} (need exactly one)")
        return -1
    return hits[0]


def build(c):
    cid = "call-u200-%02d" % c["n"]
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        text = text.strip()
        if tag not in ("R", "C", "C!"):
            err(cid, f"bad tag {tag}")
        if BAD.search(text):
            err(cid, f"latin/digit/ascii punct in turn {len(turns)}: {text}")
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
    if not (10 <= len(turns) <= 30):
        err(cid, f"{len(turns)} turns")
    if c["ind"] not in INDS:
        err(cid, "bad industry")
    sigs = []
    for cat, ev in c.get("sig", []):
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    if (c["risk"] == "none") != (not sigs):
        err(cid, "risk none <-> signals mismatch")
    qa = {k: (k not in c.get("miss", [])) for k in QA_BOOLS}
    qa["forbidden_words"] = [{"turn": locate(cid, turns, ev, "rep"), "evidence": ev} for ev in c.get("fw", [])]
    qa["over_promise"] = [{"turn": locate(cid, turns, ev, "rep"), "evidence": ev} for ev in c.get("op", [])]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                              "over_promise", "next_step", "closing"]}
    # mechanical sanity checks on QA booleans
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_hello = ("您好" in reps[0]) or ("你好" in reps[0])
    if qa["greeting"] != has_hello:
        err(cid, f"greeting={qa['greeting']} but first rep turn: {reps[0]}")
    has_thanks = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if qa["closing"] != has_thanks:
        err(cid, f"closing={qa['closing']} but last rep turn: {reps[-1]}")
    return {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": neg},
    }


calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
out = [build(c) for c in calls]
ns = sorted(c["n"] for c in calls)
if ns != list(range(1, 41)):
    errors.append(f"call numbers {ns}")
# duplicate sentences across calls
seen = {}
for o in out:
    for t in o["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                if s in seen and seen[s] != o["id"]:
                    errors.append(f"sentence reused in {seen[s]} and {o['id']}: {s}")
                seen.setdefault(s, o["id"])
if errors:
    print("\n".join(errors))
    sys.exit(1)
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution summary
risk = Counter(o["labels"]["churn_risk"] for o in out)
ind = Counter(o["industry"] for o in out)
catcalls = Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
spans = sum(len(o["labels"]["churn_signals"]) for o in out)
nturns = [len(o["turns"]) for o in out]
tagc = Counter(t for o in out for t in o["tags"])
miss = Counter(k for o in out for k in QA_BOOLS if not o["labels"]["qa"][k])
fw = sum(1 for o in out if o["labels"]["qa"]["forbidden_words"])
op = sum(1 for o in out if o["labels"]["qa"]["over_promise"])
fws = sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out)
ops = sum(len(o["labels"]["qa"]["over_promise"]) for o in out)
negs = sum(len(o["labels"]["customer_negative_turns"]) for o in out)
print("wrote", len(out), "calls,", sum(nturns), "turns")
print("risk", dict(risk))
print("industry", dict(ind))
print("category calls", dict(catcalls.most_common()), "spans", spans)
print("turns min/max", min(nturns), max(nturns), "calls with 20-30 turns:", sum(1 for n in nturns if n >= 20))
print("tags", dict(tagc.most_common()))
print("qa missing", dict(miss), "forbidden calls", fw, "spans", fws, "over_promise calls", op, "spans", ops)
print("customer negative turns", negs)
