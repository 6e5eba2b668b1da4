#!/usr/bin/env python3
"""Build call-u165-NN.json from calls_1.py … calls_4.py and check every evidence span.

Call format (see calls_*.py):
  t    : one turn per line, "R:" = rep, "C:" = customer, "C!:" = customer turn with negative emotion
  sig  : (category, evidence) or (category, evidence, turn); turn found automatically when the
         evidence occurs in exactly one turn
  fw/op: forbidden-word / over-promise evidence (rep turns), same tuple form without category
  miss : space-separated QA booleans that are false
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
BAD = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,.?!:;\"'()]")

errors = []


def err(n, msg):
    errors.append(f"call {n:02d}: {msg}")


def locate(n, turns, ev, turn=None, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if turn is not None:
        if turn not in hits:
            err(n, f"evidence not in turn {turn}: {ev}")
        i = turn
    elif len(hits) != 1:
        err(n, f"evidence found in {len(hits)} turns: {ev}")
        i = hits[0] if hits else 0
    else:
        i = hits[0]
    if rep_only and turns[i]["speaker"] != "rep":
        err(n, f"QA span not in a rep turn: {ev}")
    return i


def build(c):
    n = c["n"]
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(":", 1)
        text = text.strip()
        if tag == "R":
            sp = "rep"
        elif tag in ("C", "C!"):
            sp = "customer"
            if tag == "C!":
                neg.append(len(turns))
        else:
            err(n, f"bad speaker tag {tag}")
            continue
        if BAD.search(text):
            err(n, f"latin/digit/ascii punctuation in turn {len(turns)}: {text}")
        turns.append({"speaker": sp, "text": text})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(n, f"bad category {cat}")
        i = locate(n, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    spans = {}
    for key in ("fw", "op"):
        spans[key] = []
        for s in c.get(key, []):
            ev = s if isinstance(s, str) else s[0]
            tn = None if isinstance(s, str) else s[1]
            i = locate(n, turns, ev, tn, rep_only=True)
            spans[key].append({"turn": i, "evidence": ev})
    miss = c.get("miss", "").split()
    for m in miss:
        if m not in QA_BOOLS:
            err(n, f"bad miss {m}")
    qa = {b: (b not in miss) for b in QA_BOOLS[:3]}
    qa["forbidden_words"] = spans["fw"]
    qa["over_promise"] = spans["op"]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    # heuristic cross-checks of the QA booleans
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        err(n, f"greeting flag {qa['greeting']} but first rep turn: {reps[0]}")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        err(n, f"closing flag {qa['closing']} but last rep turn: {reps[-1]}")
    risk = c["risk"]
    if risk not in RISKS:
        err(n, f"bad risk {risk}")
    if risk == "none" and sigs:
        err(n, "none call with signals")
    if risk != "none" and not sigs:
        err(n, f"{risk} call without signals")
    if not (10 <= len(turns) <= 30):
        err(n, f"{len(turns)} turns")
    tags = list(c.get("tags", []))
    for cat in CATS:
        if any(s["category"] == cat for s in sigs) and cat not in tags:
            tags.append(cat)
    if spans["op"] and "over_promise" not in tags:
        tags.append("over_promise")
    cid = f"call-u165-{n:02d}"
    return {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": risk,
            "churn_signals": sigs,
            "qa": qa,
            "customer_negative_turns": neg,
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        errors.append(f"call numbers: {sorted(nums)}")
    out = [build(c) for c in calls]
    ind = Counter(o["industry"] for o in out)
    risk = Counter(o["labels"]["churn_risk"] for o in out)
    if set(ind) - set(INDUSTRIES) or any(v != 5 for v in ind.values()) or len(ind) != 8:
        errors.append(f"industries: {dict(ind)}")
    if any(risk[r] != 10 for r in RISKS):
        errors.append(f"risks: {dict(risk)}")
    long_calls = sum(1 for o in out if len(o["turns"]) >= 20)
    if long_calls < 10:
        errors.append(f"only {long_calls} calls with 20+ turns")
    # sentence reuse across calls
    seen = {}
    for o in out:
        for t in o["turns"]:
            for s in re.split(r"[。？！]", t["text"]):
                s = s.strip("，、 ")
                if len(s) >= 8:
                    if s in seen and seen[s] != o["id"]:
                        errors.append(f"sentence reused in {seen[s]} and {o['id']}: {s}")
                    seen.setdefault(s, o["id"])
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} build errors; nothing written")
        return 1
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    cats = Counter()
    for o in out:
        for c in {s["category"] for s in o["labels"]["churn_signals"]}:
            cats[c] += 1
    nsig = sum(len(o["labels"]["churn_signals"]) for o in out)
    turns = [len(o["turns"]) for o in out]
    print(f"wrote {len(out)} calls, {sum(turns)} turns ({min(turns)}-{max(turns)} per call), "
          f"{long_calls} calls with 20-30 turns")
    print("industries:", dict(ind))
    print("risk:", dict(risk))
    print(f"calls per category ({nsig} spans):", dict(cats.most_common()))
    tagc = Counter(t for o in out for t in o["tags"])
    print("tags:", {k: tagc[k] for k in ("hard_negative", "negation", "ambiguous", "big_account",
                                         "silent_churn", "inbound", "competitor_mention",
                                         "price_mention", "upsell", "complaint")})
    qa = Counter()
    for o in out:
        q = o["labels"]["qa"]
        for b in QA_BOOLS:
            if not q[b]:
                qa[b + "_missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_calls"] += 1
        if q["over_promise"]:
            qa["over_promise_calls"] += 1
    print("qa:", dict(qa))
    print("customer negative turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    for o in out:
        print(o["id"], o["industry"], o["labels"]["churn_risk"], len(o["turns"]),
              sorted({s["category"] for s in o["labels"]["churn_signals"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
