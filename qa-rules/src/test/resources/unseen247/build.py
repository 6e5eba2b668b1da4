#!/usr/bin/env python3
"""Build call-u247-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: every evidence string is an exact substring of its turn; QA spans only on rep
turns; negative turns only on customer turns; text is Chinese-only (no ASCII, no Latin
letters or digits, also no full-width ones); 8-30 turns; 10 calls per churn_risk level;
`none` calls without signals, other calls with at least one; all eight industries;
greeting / closing booleans agree with a simple keyword check.
Exits non-zero on any problem. Prints counts.
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
LEVELS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def build_call(c, problems):
    cid = "call-u247-%02d" % c["n"]
    turns, signals, over, forbid, neg = [], [], [], [], []
    for i, t in enumerate(c["turns"]):
        spk, text = t[0], t[1]
        ann = t[2] if len(t) > 2 else {}
        unknown = set(ann) - {"sig", "neg", "over", "forbid"}
        if unknown:
            problems.append("%s turn %d: unknown annotation %s" % (cid, i, unknown))
        if spk not in ("r", "c"):
            problems.append("%s turn %d: bad speaker %r" % (cid, i, spk))
        speaker = "rep" if spk == "r" else "customer"
        m = BAD_CHARS.search(text)
        if m:
            problems.append("%s turn %d: forbidden character %r" % (cid, i, m.group()))
        turns.append({"speaker": speaker, "text": text})
        for cat, ev in ann.get("sig", []):
            if cat not in CATEGORIES:
                problems.append("%s turn %d: unknown category %s" % (cid, i, cat))
            signals.append({"category": cat, "turn": i, "evidence": ev})
        for key, dest in (("over", over), ("forbid", forbid)):
            for ev in ann.get(key, []):
                if speaker != "rep":
                    problems.append("%s turn %d: %s span on a customer turn" % (cid, i, key))
                dest.append({"turn": i, "evidence": ev})
        if ann.get("neg"):
            if speaker != "customer":
                problems.append("%s turn %d: negative emotion on a rep turn" % (cid, i))
            neg.append(i)
    # evidence must be exact substrings of the turn it points to
    for span in signals + over + forbid:
        if span["evidence"] not in turns[span["turn"]]["text"]:
            problems.append("%s turn %d: evidence not in text: %s" % (cid, span["turn"], span["evidence"]))
        if not span["evidence"]:
            problems.append("%s turn %d: empty evidence" % (cid, span["turn"]))
    if not 8 <= len(turns) <= 30:
        problems.append("%s: %d turns" % (cid, len(turns)))
    if c["industry"] not in INDUSTRIES:
        problems.append("%s: bad industry %s" % (cid, c["industry"]))
    if c["risk"] not in LEVELS:
        problems.append("%s: bad risk %s" % (cid, c["risk"]))
    if c["risk"] == "none" and signals:
        problems.append("%s: none call with signals" % cid)
    if c["risk"] != "none" and not signals:
        problems.append("%s: %s call without signals" % (cid, c["risk"]))
    if BAD_CHARS.search(c["scenario"]):
        problems.append("%s: scenario has forbidden characters" % cid)
    q = c["qa"]
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    greet_kw = "您好" in rep_turns[0] or "你好" in rep_turns[0]
    close_kw = any(k in rep_turns[-1] for k in ("谢谢", "感谢", "祝"))
    if bool(q["greeting"]) != greet_kw:
        problems.append("%s: greeting=%s but keyword check says %s" % (cid, q["greeting"], greet_kw))
    if bool(q["closing"]) != close_kw:
        problems.append("%s: closing=%s but keyword check says %s" % (cid, q["closing"], close_kw))
    return {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": bool(q["greeting"]),
                "self_intro": bool(q["self_intro"]),
                "needs_discovery": bool(q["needs"]),
                "forbidden_words": forbid,
                "over_promise": over,
                "next_step": bool(q["next_step"]),
                "closing": bool(q["closing"]),
            },
            "customer_negative_turns": neg,
        },
    }


def main():
    problems = []
    calls = []
    for name in ("calls_1", "calls_2", "calls_3", "calls_4"):
        calls.extend(load(name))
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        problems.append("call numbers are not 1..40: %s" % nums)
    out = [build_call(c, problems) for c in calls]

    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    ind = collections.Counter(o["industry"] for o in out)
    for lv in LEVELS:
        if risk[lv] != 10:
            problems.append("churn_risk %s: %d calls" % (lv, risk[lv]))
    for i in INDUSTRIES:
        if ind[i] == 0:
            problems.append("industry %s unused" % i)

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)

    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")

    spans = collections.Counter(s["category"] for o in out for s in o["labels"]["churn_signals"])
    calls_with = collections.Counter(cat for o in out
                                     for cat in {s["category"] for s in o["labels"]["churn_signals"]})
    qa = [o["labels"]["qa"] for o in out]
    print("wrote %d calls, %d turns" % (len(out), sum(len(o["turns"]) for o in out)))
    print("churn_risk:", dict((lv, risk[lv]) for lv in LEVELS))
    print("industries:", dict(ind))
    print("signal spans per category:", dict((c, spans[c]) for c in CATEGORIES), "total", sum(spans.values()))
    print("calls per category:", dict((c, calls_with[c]) for c in CATEGORIES))
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print("qa %s missing in %d calls" % (k, sum(1 for x in qa if not x[k])))
    print("forbidden_words: %d spans in %d calls" % (sum(len(x["forbidden_words"]) for x in qa),
                                                    sum(1 for x in qa if x["forbidden_words"])))
    print("over_promise: %d spans in %d calls" % (sum(len(x["over_promise"]) for x in qa),
                                                 sum(1 for x in qa if x["over_promise"])))
    print("customer negative turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    tags = collections.Counter(t for o in out for t in o["tags"])
    print("hard_negative calls:", tags["hard_negative"], " negation calls:", tags["negation"])
    first = [min(s["turn"] for s in o["labels"]["churn_signals"]) for o in out if o["labels"]["churn_signals"]]
    print("first signal turn: min %d, mean %.1f" % (min(first), sum(first) / len(first)))


if __name__ == "__main__":
    main()
