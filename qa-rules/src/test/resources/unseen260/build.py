# -*- coding: utf-8 -*-
"""Build the unseen260 call set: calls_1.py .. calls_4.py -> call-u260-NN.json.

Checks (fails loudly): every evidence string is an exact substring of its turn,
QA spans sit on rep turns, negative turns are customer turns, categories and
industries are valid, text has no Latin letters / Arabic digits / ASCII
punctuation, 8-30 turns, 10 calls per churn_risk, `none` has no signals and the
other levels have at least one. Also cross-checks the greeting and closing
booleans against the guide's surface rules. Prints a summary used in README.md.
"""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")

errors = []


def err(msg):
    errors.append(msg)


def build_call(c):
    cid = "call-u260-%02d" % c["n"]
    turns, signals, fw, op, neg = [], [], [], [], []
    for i, (spk, text, ann) in enumerate(c["turns"]):
        if BAD_CHARS.search(text):
            err("%s turn %d: bad characters %r" % (cid, i, BAD_CHARS.findall(text)))
        turns.append({"speaker": spk, "text": text})
        for a in ann:
            if a == "neg":
                if spk != "customer":
                    err("%s turn %d: negative mark on a rep turn" % (cid, i))
                neg.append(i)
                continue
            kind, ev = a
            if ev not in text:
                err("%s turn %d: evidence %r not in text" % (cid, i, ev))
            if kind in ("fw", "op"):
                if spk != "rep":
                    err("%s turn %d: QA span on a customer turn" % (cid, i))
                (fw if kind == "fw" else op).append({"turn": i, "evidence": ev})
            elif kind in CATEGORIES:
                signals.append({"category": kind, "turn": i, "evidence": ev})
            else:
                err("%s turn %d: unknown annotation %r" % (cid, i, kind))
    if not 8 <= len(turns) <= 30:
        err("%s: %d turns" % (cid, len(turns)))
    if c["industry"] not in INDUSTRIES:
        err("%s: bad industry" % cid)
    if c["risk"] not in RISKS:
        err("%s: bad risk" % cid)
    if c["risk"] == "none" and signals:
        err("%s: none-risk call has signals" % cid)
    if c["risk"] != "none" and not signals:
        err("%s: %s-risk call without signals" % (cid, c["risk"]))
    if BAD_CHARS.search(c["scenario"]):
        err("%s: bad characters in scenario" % cid)
    # surface cross-checks of greeting / closing against the guide's rules
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != c["qa"]["greeting"]:
        err("%s: greeting label %s but first rep turn %r" % (cid, c["qa"]["greeting"], first_rep))
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != c["qa"]["closing"]:
        err("%s: closing label %s but last rep turn %r" % (cid, c["qa"]["closing"], last_rep))

    cats = sorted({s["category"] for s in signals}, key=CATEGORIES.index)
    tags = list(c["tags"])
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    for cat in cats:
        if cat not in tags:
            tags.append(cat)
    qa = c["qa"]
    obj = {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": qa["greeting"],
                "self_intro": qa["self_intro"],
                "needs_discovery": qa["needs_discovery"],
                "forbidden_words": fw,
                "over_promise": op,
                "next_step": qa["next_step"],
                "closing": qa["closing"],
            },
            "customer_negative_turns": neg,
        },
    }
    return cid, obj


def main():
    calls = []
    for k in range(1, 5):
        mod = importlib.import_module("calls_%d" % k)
        calls.extend(mod.CALLS)
    ns = [c["n"] for c in calls]
    if sorted(ns) != list(range(1, 41)):
        err("call numbers are not 1..40: %s" % sorted(ns))
    built = [build_call(c) for c in sorted(calls, key=lambda c: c["n"])]

    risk = collections.Counter(o["labels"]["churn_risk"] for _, o in built)
    for r in RISKS:
        if risk[r] != 10:
            err("churn_risk %s: %d calls (want 10)" % (r, risk[r]))
    ind = collections.Counter(o["industry"] for _, o in built)
    for i in INDUSTRIES:
        if not ind[i]:
            err("industry %s unused" % i)

    if errors:
        print("\n".join(errors))
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)

    for cid, obj in built:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    spans = collections.Counter()
    calls_with = collections.Counter()
    for _, o in built:
        cs = o["labels"]["churn_signals"]
        spans.update(s["category"] for s in cs)
        calls_with.update({s["category"] for s in cs})
    n_turns = sum(len(o["turns"]) for _, o in built)
    q = [o["labels"]["qa"] for _, o in built]
    print("calls %d, turns %d" % (len(built), n_turns))
    print("churn_risk:", dict((r, risk[r]) for r in RISKS))
    print("industries:", dict(ind))
    print("signal spans %d:" % sum(spans.values()),
          ", ".join("%s %d" % (c, spans[c]) for c in CATEGORIES))
    print("calls containing:", ", ".join("%s %d" % (c, calls_with[c]) for c in CATEGORIES))
    for item in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print("qa %s missing in %d calls" % (item, sum(not x[item] for x in q)))
    print("forbidden_words: %d spans in %d calls" % (sum(len(x["forbidden_words"]) for x in q),
                                                    sum(bool(x["forbidden_words"]) for x in q)))
    print("over_promise: %d spans in %d calls" % (sum(len(x["over_promise"]) for x in q),
                                                 sum(bool(x["over_promise"]) for x in q)))
    print("customer negative turns: %d" % sum(len(o["labels"]["customer_negative_turns"]) for _, o in built))
    print("wrote %d files, 0 build errors" % len(built))


if __name__ == "__main__":
    main()
