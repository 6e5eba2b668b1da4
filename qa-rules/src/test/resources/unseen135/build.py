#!/usr/bin/env python3
"""Builds call-u135-NN.json from calls_a..calls_d and checks the labels mechanically."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_a import CALLS as A
from calls_b import CALLS as B
from calls_c import CALLS as C
from calls_d import CALLS as D

OUT = os.path.dirname(os.path.abspath(__file__))
ALL = A + B + C + D
errors = []


def err(n, msg):
    errors.append("call %02d: %s" % (n, msg))


def locate(n, turns, ev, who, cat=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        err(n, "%s evidence %r found in turns %r" % (cat, ev, hits))
        return -1
    i = hits[0]
    if who and turns[i]["speaker"] != who:
        err(n, "%s evidence %r in a %s turn" % (cat, ev, turns[i]["speaker"]))
    return i


def build(c):
    n = c["n"]
    turns = []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        sp = {"R": "rep", "C": "customer"}[line[0]]
        turns.append({"speaker": sp, "text": line[1:].strip()})
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]) or re.search(r"[,.?!;:()\"'\[\]]", t["text"]):
            err(n, "turn %d has Latin/digits/ASCII punctuation: %s" % (i, t["text"]))
    if not 8 <= len(turns) <= 30:
        err(n, "%d turns" % len(turns))
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        i = s[2] if len(s) > 2 else locate(n, turns, ev, None, cat)
        if i >= 0 and ev not in turns[i]["text"]:
            err(n, "evidence %r not in turn %d" % (ev, i))
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        err(n, "risk %s with %d signals" % (c["risk"], len(sigs)))
    miss = set(c.get("miss", []))
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    greet = bool(re.search("您好|你好", turns[rep_idx[0]]["text"]))
    close = bool(re.search("谢|祝", turns[rep_idx[-1]]["text"]))
    if greet == ("greeting" in miss):
        err(n, "greeting computed %s but miss list %s" % (greet, miss))
    if close == ("closing" in miss):
        err(n, "closing computed %s but miss list %s" % (close, miss))
    qa = {k: (k not in miss) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": locate(n, turns, ev, "rep", "fw"), "evidence": ev} for ev in c.get("fw", [])]
    qa["over_promise"] = [{"turn": locate(n, turns, ev, "rep", "op"), "evidence": ev} for ev in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    neg = sorted(locate(n, turns, ev, "customer", "neg") for ev in c.get("neg", []))
    d = {
        "id": "call-u135-%02d" % n,
        "industry": c["ind"],
        "scenario": c["sc"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": neg},
    }
    return d


docs = [build(c) for c in ALL]
nums = [c["n"] for c in ALL]
if nums != list(range(1, 41)):
    errors.append("call numbers %r" % nums)
if errors:
    print("\n".join(errors))
    sys.exit(1)
for d in docs:
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
# summary
risk = collections.Counter(d["labels"]["churn_risk"] for d in docs)
ind = collections.Counter(d["industry"] for d in docs)
cats = collections.Counter(c for d in docs for c in {s["category"] for s in d["labels"]["churn_signals"]})
nspans = sum(len(d["labels"]["churn_signals"]) for d in docs)
nturns = [len(d["turns"]) for d in docs]
qa_miss = collections.Counter(k for d in docs for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"] if not d["labels"]["qa"][k])
calls_miss = sum(1 for d in docs if any(not d["labels"]["qa"][k] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]))
fw = sum(1 for d in docs if d["labels"]["qa"]["forbidden_words"])
op = sum(1 for d in docs if d["labels"]["qa"]["over_promise"])
hn = sum(1 for d in docs if "hard_negative" in d["tags"])
ng = sum(1 for d in docs if "negation" in d["tags"])
negt = sum(len(d["labels"]["customer_negative_turns"]) for d in docs)
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats), "spans", nspans)
print("turns total %d min %d max %d; lengths %s" % (sum(nturns), min(nturns), max(nturns), nturns))
print("qa misses", dict(qa_miss), "calls with a miss", calls_miss, "forbidden calls", fw, "over-promise calls", op)
print("hard negatives", hn, "negation", ng, "negative customer turns", negt)
