#!/usr/bin/env python3
"""Build call-u160-NN.json from calls_def.py and check them mechanically."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[\x00-\x7f]")
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def locate(cid, turns, ev, turn, want=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1:
            err(cid, f"evidence {ev!r} found in turns {hits}; give the turn explicitly")
            return -1
        turn = hits[0]
    if ev not in turns[turn]["text"]:
        err(cid, f"evidence {ev!r} not in turn {turn}")
    if want and turns[turn]["speaker"] != want:
        err(cid, f"evidence {ev!r} in turn {turn} is not a {want} turn")
    return turn


def span(x):
    return (x[0], x[1]) if isinstance(x, tuple) else (x, None)


def build(n, c):
    cid = f"call-u160-{n:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        tag, text = raw.split("|", 1)
        if tag not in ("R", "C", "C!"):
            err(cid, f"bad speaker tag {tag}")
        if BAD.search(text):
            err(cid, f"ASCII char in turn {i}: {BAD.findall(text)}")
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if tag == "C!":
            neg.append(i)
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    if BAD.search(c["scen"]):
        err(cid, "ASCII in scenario")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda d: (d["turn"], turns[d["turn"]]["text"].find(d["evidence"])))
    q = c["qa"]
    fw, op = [], []
    for lst, out in ((c.get("fw", []), fw), (c.get("op", []), op)):
        for x in lst:
            ev, t = span(x)
            out.append({"turn": locate(cid, turns, ev, t, "rep"), "evidence": ev})
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    g = ("您好" in first) or ("你好" in first)
    if bool(q["g"]) != g:
        err(cid, f"greeting flag {q['g']} but first rep turn says {g}")
    cl = any(w in last for w in ("谢谢", "感谢", "祝", "谢"))
    if bool(q["c"]) != cl:
        err(cid, f"closing flag {q['c']} but last rep turn says {cl}")
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0):
        err(cid, f"risk {risk} with {len(sigs)} signals")
    tags = list(c["tags"])
    for cat in sorted({s["category"] for s in sigs}):
        if cat not in tags:
            tags.append(cat)
    if fw and "forbidden_words" not in tags:
        tags.append("forbidden_words")
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    if len(turns) <= 12 and "short" not in tags:
        tags.append("short")
    obj = {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
        "labels": {
            "churn_risk": risk, "churn_signals": sigs,
            "qa": {"greeting": bool(q["g"]), "self_intro": bool(q["s"]),
                   "needs_discovery": bool(q["n"]), "forbidden_words": fw,
                   "over_promise": op, "next_step": bool(q["x"]), "closing": bool(q["c"])},
            "customer_negative_turns": neg,
        },
    }
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return obj


objs = [build(i + 1, c) for i, c in enumerate(CALLS)]
# distribution
print("calls", len(objs))
print("risk", Counter(o["labels"]["churn_risk"] for o in objs))
print("industry", Counter(o["industry"] for o in objs))
print("turns total", sum(len(o["turns"]) for o in objs),
      "long(>=20)", sum(len(o["turns"]) >= 20 for o in objs))
print("cats", Counter(c for o in objs for c in {s["category"] for s in o["labels"]["churn_signals"]}))
print("spans", sum(len(o["labels"]["churn_signals"]) for o in objs))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print("missing", k, sum(not o["labels"]["qa"][k] for o in objs))
print("fw calls", sum(bool(o["labels"]["qa"]["forbidden_words"]) for o in objs),
      "op calls", sum(bool(o["labels"]["qa"]["over_promise"]) for o in objs))
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
print("hard_negative", sum("hard_negative" in o["tags"] for o in objs))
print("ERRORS", len(errors))
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
