# -*- coding: utf-8 -*-
"""Build call-u242-NN.json from calls_1.py .. calls_4.py and check the labels.

Run:  python3 build.py          (writes the JSON files next to this script)
Exits non-zero if any check fails.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"R": "rep", "C": "customer", "C!": "customer"}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def bad_chars(text):
    out = []
    for ch in text:
        o = ord(ch)
        if o < 128:                                   # ASCII letters, digits, punctuation, spaces
            out.append(ch)
        elif 0xFF10 <= o <= 0xFF19 or 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            out.append(ch)                            # full-width digits / Latin letters
        elif ch.isspace():
            out.append(ch)
    return out


def build_one(c):
    cid = "call-u242-%02d" % c["n"]
    turns = []
    neg = []
    for i, (sp, text) in enumerate(c["turns"]):
        if sp not in SPEAKER:
            err(cid, "turn %d bad speaker %r" % (i, sp))
            continue
        b = bad_chars(text)
        if b:
            err(cid, "turn %d has forbidden characters %r" % (i, "".join(sorted(set(b)))))
        turns.append({"speaker": SPEAKER[sp], "text": text})
        if sp == "C!":
            neg.append(i)
    if not 8 <= len(turns) <= 30:
        err(cid, "%d turns" % len(turns))
    if c["industry"] not in INDUSTRIES:
        err(cid, "bad industry")
    if c["risk"] not in RISKS:
        err(cid, "bad risk")
    b = bad_chars(c["scenario"])
    if b:
        err(cid, "scenario has forbidden characters %r" % "".join(b))

    def span_ok(kind, t, ev, need_rep=False):
        if not (0 <= t < len(turns)):
            err(cid, "%s turn %d out of range" % (kind, t))
            return False
        if ev not in turns[t]["text"]:
            err(cid, "%s evidence %r not in turn %d" % (kind, ev, t))
            return False
        if ev == turns[t]["text"]:
            err(cid, "%s evidence is the whole turn %d" % (kind, t))
        if need_rep and turns[t]["speaker"] != "rep":
            err(cid, "%s span on non-rep turn %d" % (kind, t))
        return True

    signals = []
    for t, cat, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(cid, "bad category %r" % cat)
        span_ok("signal", t, ev)
        signals.append({"category": cat, "turn": t, "evidence": ev})
    signals.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].find(s["evidence"])))
    if c["risk"] == "none" and signals:
        err(cid, "risk none but has signals")
    if c["risk"] != "none" and not signals:
        err(cid, "risk %s but no signals" % c["risk"])

    q = c["qa"]
    forb = [{"turn": t, "evidence": ev} for t, ev in q["forbidden"] if span_ok("forbidden", t, ev, True)]
    over = [{"turn": t, "evidence": ev} for t, ev in q["over"] if span_ok("over_promise", t, ev, True)]

    # consistency of the rule-based QA items with the text
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep = turns[rep_idx[0]]["text"]
    last_rep = turns[rep_idx[-1]]["text"]
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != q["greeting"]:
        err(cid, "greeting label %s but first rep turn %r" % (q["greeting"], first_rep))
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "谢", "祝"))
    if has_close != q["closing"]:
        err(cid, "closing label %s but last rep turn %r" % (q["closing"], last_rep))

    tags = []
    for t in list(c["tags"]) + [s["category"] for s in signals] + (["over_promise"] if over else []):
        if t not in tags:
            tags.append(t)

    return cid, {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": q["greeting"],
                "self_intro": q["self_intro"],
                "needs_discovery": q["needs_discovery"],
                "forbidden_words": forb,
                "over_promise": over,
                "next_step": q["next_step"],
                "closing": q["closing"],
            },
            "customer_negative_turns": neg,
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    ns = [c["n"] for c in calls]
    if sorted(ns) != list(range(1, 41)):
        errors.append("call numbers are not exactly 1..40: %r" % ns)
    built = [build_one(c) for c in calls]

    risk = collections.Counter(c["risk"] for c in calls)
    ind = collections.Counter(c["industry"] for c in calls)
    for r in RISKS:
        if risk[r] != 10:
            errors.append("risk %s has %d calls" % (r, risk[r]))
    for i in INDUSTRIES:
        if ind[i] == 0:
            errors.append("industry %s unused" % i)

    if errors:
        print("\n".join(errors))
        print("%d problems; nothing written" % len(errors))
        sys.exit(1)

    for cid, obj in built:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # statistics
    objs = [o for _, o in built]
    n_turns = sum(len(o["turns"]) for o in objs)
    spans = collections.Counter()
    calls_with = collections.Counter()
    for o in objs:
        cats = [s["category"] for s in o["labels"]["churn_signals"]]
        spans.update(cats)
        calls_with.update(set(cats))
    qa = collections.Counter()
    for o in objs:
        q = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa[k + "_missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_calls"] += 1
        if q["over_promise"]:
            qa["over_promise_calls"] += 1
        qa["forbidden_spans"] += len(q["forbidden_words"])
        qa["over_promise_spans"] += len(q["over_promise"])
    neg = sum(len(o["labels"]["customer_negative_turns"]) for o in objs)
    tagc = collections.Counter(t for o in objs for t in o["tags"])

    print("wrote %d calls, %d turns (min %d, max %d per call)" % (
        len(objs), n_turns, min(len(o["turns"]) for o in objs), max(len(o["turns"]) for o in objs)))
    print("churn_risk:", dict((r, risk[r]) for r in RISKS))
    print("industry:", dict((i, ind[i]) for i in INDUSTRIES))
    print("signal spans: %d" % sum(spans.values()))
    for cat in CATEGORIES:
        print("  %-17s spans %2d  calls %2d" % (cat, spans[cat], calls_with[cat]))
    print("qa:", dict(qa))
    print("customer negative turns:", neg)
    print("hard_negative %d, negation %d, ambiguous %d, big_account %d, silent_churn %d, inbound %d" % (
        tagc["hard_negative"], tagc["negation"], tagc["ambiguous"], tagc["big_account"],
        tagc["silent_churn"], tagc["inbound"]))
    print("0 problems")


if __name__ == "__main__":
    main()
