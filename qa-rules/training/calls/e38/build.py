#!/usr/bin/env python3
"""Build call-e38-NN.json from calls_part*.txt.

Source format: '@@ NN industry risk' header, 'S:' scenario, 'T:' tags, optional
'Q: -item ...' (QA booleans that are false), then turns 'R:' rep, 'C:' customer,
'C!:' customer with negative emotion. Inline '[category:evidence]' marks a churn
signal, '[F:...]' a forbidden phrase, '[O:...]' an over-promise.
"""
import json, os, re, sys, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
MARK = re.compile(r"\[([a-z_FO]+):([^\]]+)\]")
problems = []

def parse():
    calls, cur = [], None
    for fn in sorted(glob.glob(os.path.join(HERE, "calls_part*.txt"))):
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("@@ "):
                num, ind, risk = line[3:].split()
                cur = {"num": num, "industry": ind, "risk": risk, "tags": [], "miss": [], "turns": []}
                calls.append(cur)
            elif line.startswith("S: "):
                cur["scenario"] = line[3:]
            elif line.startswith("T: "):
                cur["tags"] = line[3:].split(",")
            elif line.startswith("Q: "):
                cur["miss"] = [x.lstrip("-") for x in line[3:].split()]
            else:
                spk, text = line.split(": ", 1)
                cur["turns"].append((spk, text))
    return calls

def build(c):
    cid = "call-e38-" + c["num"]
    turns, sigs, fw, op, neg = [], [], [], [], []
    for i, (spk, raw) in enumerate(c["turns"]):
        speaker = "rep" if spk == "R" else "customer"
        if spk not in ("R", "C", "C!"):
            problems.append(f"{cid}: bad speaker {spk}")
        if spk == "C!":
            neg.append(i)
        text = MARK.sub(lambda m: m.group(2), raw)
        for m in MARK.finditer(raw):
            kind, ev = m.group(1), m.group(2)
            assert ev in text
            if kind == "F" or kind == "O":
                if speaker != "rep":
                    problems.append(f"{cid} t{i}: QA span on customer turn")
                (fw if kind == "F" else op).append({"turn": i, "evidence": ev})
            elif kind in CATS:
                sigs.append({"category": kind, "turn": i, "evidence": ev})
            else:
                problems.append(f"{cid} t{i}: unknown mark {kind}")
        if re.search(r"[\x00-\x7f]", text):
            problems.append(f"{cid} t{i}: ASCII in text: {text}")
        turns.append({"speaker": speaker, "text": text})
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    # sanity heuristics
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])):
        problems.append(f"{cid}: greeting flag vs first rep turn")
    if qa["closing"] != bool(re.search("谢|祝", reps[-1])):
        problems.append(f"{cid}: closing flag vs last rep turn")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    if c["industry"] not in INDS:
        problems.append(f"{cid}: industry")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk {c['risk']} vs {len(sigs)} signals")
    for m in c["miss"]:
        if m not in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            problems.append(f"{cid}: bad Q item {m}")
    return {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}

def main():
    calls = parse()
    out = [build(c) for c in calls]
    ids = [o["id"] for o in out]
    if ids != [f"call-e38-{i:02d}" for i in range(1, 61)]:
        problems.append("ids not 01..60 in order")
    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    ind = collections.Counter(o["industry"] for o in out)
    # repeated sentences across calls
    seen = {}
    for o in out:
        for t in o["turns"]:
            for s in re.split("[。！？]", t["text"]):
                if len(s) >= 9:
                    if s in seen and seen[s] != o["id"]:
                        problems.append(f"repeated sentence {s} in {seen[s]} and {o['id']}")
                    seen[s] = o["id"]
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
    print("risk", dict(risk)); print("industry", dict(ind))
    cats = collections.Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
    print("calls per category", dict(cats), "spans", sum(len(o["labels"]["churn_signals"]) for o in out))
    qa = collections.Counter()
    for o in out:
        q = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]: qa[k + "_missing"] += 1
        if q["forbidden_words"]: qa["forbidden_calls"] += 1
        if q["over_promise"]: qa["over_promise_calls"] += 1
    print("qa", dict(qa), "calls with a boolean miss", sum(1 for o in out if not all(o["labels"]["qa"][k] for k in ("greeting","self_intro","needs_discovery","next_step","closing"))))
    print("hard negatives", sum("hard_negative" in o["tags"] for o in out),
          "negation", sum("negation" in o["tags"] for o in out))
    print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out),
          "turns", sum(len(o["turns"]) for o in out),
          "lengths", sorted(len(o["turns"]) for o in out))
    print("problems:", len(problems)); [print(" ", p) for p in problems]

main()
