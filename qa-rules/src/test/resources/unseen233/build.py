#!/usr/bin/env python3
"""Build call-u233-NN.json from calls_1.py .. calls_4.py and check them.

Checks: every evidence string is an exact substring of its turn; QA spans are on rep
turns; negative turns are customer turns; text has no Latin letters, Arabic digits or
ASCII punctuation; 10-22 turns; 10 calls per churn_risk level; 5 calls per industry;
none calls have no signals, other calls have at least one.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CATEGORIES = {"price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
SPEAKER = {"r": "rep", "c": "customer"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")

problems = []


def err(cid, msg):
    problems.append(f"{cid}: {msg}")


def build(c):
    cid = c["id"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    n = len(turns)
    if not 10 <= n <= 22:
        err(cid, f"{n} turns")
    for i, t in enumerate(turns):
        m = BAD.search(t["text"])
        if m:
            err(cid, f"turn {i} has forbidden char {m.group()!r}")
        if " " in t["text"]:
            err(cid, f"turn {i} has a space")
    if c["industry"] not in INDUSTRIES:
        err(cid, "bad industry")

    def span(turn, ev, what, need=None):
        if not 0 <= turn < n:
            err(cid, f"{what} turn {turn} out of range")
            return
        if ev not in turns[turn]["text"]:
            err(cid, f"{what} evidence {ev!r} not in turn {turn}")
        if need and turns[turn]["speaker"] != need:
            err(cid, f"{what} turn {turn} is not a {need} turn")

    sigs = []
    for cat, turn, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(cid, f"bad category {cat}")
        span(turn, ev, cat)
        sigs.append({"category": cat, "turn": turn, "evidence": ev})
    if (c["risk"] == "none") != (len(sigs) == 0):
        err(cid, f"risk {c['risk']} with {len(sigs)} signals")

    q = c["qa"]
    for turn, ev in q["forbidden"]:
        span(turn, ev, "forbidden", "rep")
    for turn, ev in q["over"]:
        span(turn, ev, "over_promise", "rep")
    for i in c["neg"]:
        if turns[i]["speaker"] != "customer":
            err(cid, f"negative turn {i} is not a customer turn")

    # greeting sanity: first rep turn has 您好/你好 iff greeting True
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_hello = ("您好" in first_rep) or ("你好" in first_rep)
    if has_hello != q["greeting"]:
        err(cid, f"greeting={q['greeting']} but first rep turn hello={has_hello}")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    thanks = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if thanks != q["closing"]:
        err(cid, f"closing={q['closing']} but last rep turn thanks={thanks}")

    return {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {
                "greeting": q["greeting"],
                "self_intro": q["self_intro"],
                "needs_discovery": q["needs"],
                "forbidden_words": [{"turn": t, "evidence": e} for t, e in q["forbidden"]],
                "over_promise": [{"turn": t, "evidence": e} for t, e in q["over"]],
                "next_step": q["next_step"],
                "closing": q["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    ids = [c["id"] for c in calls]
    expect = [f"call-u233-{i:02d}" for i in range(1, 41)]
    if ids != expect:
        problems.append(f"ids not call-u233-01..40 in order: {ids}")
    out = [build(c) for c in calls]

    risk = Counter(c["labels"]["churn_risk"] for c in out)
    ind = Counter(c["industry"] for c in out)
    if any(risk[k] != 10 for k in ("none", "low", "medium", "high")):
        problems.append(f"risk counts {dict(risk)}")
    if any(ind[k] != 5 for k in INDUSTRIES):
        problems.append(f"industry counts {dict(ind)}")

    for c in out:
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")

    turns = sum(len(c["turns"]) for c in out)
    spans = Counter(s["category"] for c in out for s in c["labels"]["churn_signals"])
    calls_with = Counter(cat for c in out for cat in {s["category"] for s in c["labels"]["churn_signals"]})
    qa = out and {
        "greeting_missing": sum(not c["labels"]["qa"]["greeting"] for c in out),
        "self_intro_missing": sum(not c["labels"]["qa"]["self_intro"] for c in out),
        "needs_missing": sum(not c["labels"]["qa"]["needs_discovery"] for c in out),
        "next_step_missing": sum(not c["labels"]["qa"]["next_step"] for c in out),
        "closing_missing": sum(not c["labels"]["qa"]["closing"] for c in out),
        "calls_with_forbidden": sum(bool(c["labels"]["qa"]["forbidden_words"]) for c in out),
        "forbidden_spans": sum(len(c["labels"]["qa"]["forbidden_words"]) for c in out),
        "calls_with_over_promise": sum(bool(c["labels"]["qa"]["over_promise"]) for c in out),
        "over_promise_spans": sum(len(c["labels"]["qa"]["over_promise"]) for c in out),
        "negative_turns": sum(len(c["labels"]["customer_negative_turns"]) for c in out),
    }
    print(f"calls {len(out)}, turns {turns}, turns/call {min(len(c['turns']) for c in out)}-{max(len(c['turns']) for c in out)}")
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("signal spans", sum(spans.values()), dict(spans.most_common()))
    print("calls with category", dict(calls_with.most_common()))
    print("qa", qa)
    print("hard_negative", sum("hard_negative" in c["tags"] for c in out),
          "negation", sum("negation" in c["tags"] for c in out))
    if problems:
        print(f"{len(problems)} problems:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("build checks: 0 problems")


if __name__ == "__main__":
    main()
