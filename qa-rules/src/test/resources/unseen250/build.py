# -*- coding: utf-8 -*-
"""Build call-u250-XX.json files from calls_1.py ... calls_4.py and check them.

Checks: every evidence string is an exact substring of its turn; QA spans point at rep
turns; negative turns are customer turns; text has no Latin letters, Arabic digits or
ASCII punctuation/spaces; 8-30 turns; risk/signal consistency; 10 calls per risk level.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = {"price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ("none", "low", "medium", "high")
BAD_CHARS = re.compile(r"[\x00-\x7f]")  # any ASCII: letters, digits, punctuation, spaces


def fail(msg):
    print("ERROR:", msg)
    fail.count += 1


fail.count = 0


def build_one(c):
    cid = c["id"]
    turns = [{"speaker": s, "text": t} for s, t in c["turns"]]
    n = len(turns)
    if not 8 <= n <= 30:
        fail(f"{cid}: {n} turns")
    for i, t in enumerate(turns):
        if t["speaker"] not in ("rep", "customer"):
            fail(f"{cid} turn {i}: bad speaker")
        m = BAD_CHARS.search(t["text"])
        if m:
            fail(f"{cid} turn {i}: ASCII char {m.group()!r}")
    if c["industry"] not in INDUSTRIES:
        fail(f"{cid}: industry {c['industry']}")
    if c["risk"] not in RISKS:
        fail(f"{cid}: risk {c['risk']}")
    if c["risk"] == "none" and c["signals"]:
        fail(f"{cid}: none with signals")
    if c["risk"] != "none" and not c["signals"]:
        fail(f"{cid}: {c['risk']} without signals")

    def span_ok(kind, turn, ev, speaker=None):
        if not 0 <= turn < n:
            fail(f"{cid}: {kind} turn {turn} out of range")
            return
        if ev not in turns[turn]["text"]:
            fail(f"{cid}: {kind} evidence {ev!r} not in turn {turn}")
        if speaker and turns[turn]["speaker"] != speaker:
            fail(f"{cid}: {kind} turn {turn} is not a {speaker} turn")

    signals = []
    for cat, turn, ev in c["signals"]:
        if cat not in CATEGORIES:
            fail(f"{cid}: category {cat}")
        span_ok("signal", turn, ev)
        signals.append({"category": cat, "turn": turn, "evidence": ev})
    qa = c["qa"]
    forb, over = [], []
    for turn, ev in qa["forbidden"]:
        span_ok("forbidden", turn, ev, "rep")
        forb.append({"turn": turn, "evidence": ev})
    for turn, ev in qa["over"]:
        span_ok("over_promise", turn, ev, "rep")
        over.append({"turn": turn, "evidence": ev})
    for i in c["neg"]:
        if not 0 <= i < n or turns[i]["speaker"] != "customer":
            fail(f"{cid}: negative turn {i} is not a customer turn")
    # first rep turn greeting sanity
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != qa["greeting"]:
        fail(f"{cid}: greeting label {qa['greeting']} vs first rep turn {first_rep!r}")

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
                "greeting": qa["greeting"],
                "self_intro": qa["self_intro"],
                "needs_discovery": qa["needs_discovery"],
                "forbidden_words": forb,
                "over_promise": over,
                "next_step": qa["next_step"],
                "closing": qa["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    expected_ids = [f"call-u250-{i:02d}" for i in range(1, 41)]
    if [c["id"] for c in calls] != expected_ids:
        fail("ids are not call-u250-01 .. call-u250-40 in order")
    out = [build_one(c) for c in calls]
    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    risk = collections.Counter(d["labels"]["churn_risk"] for d in out)
    ind = collections.Counter(d["industry"] for d in out)
    cat_spans = collections.Counter(s["category"] for d in out for s in d["labels"]["churn_signals"])
    cat_calls = collections.Counter(cat for d in out
                                    for cat in {s["category"] for s in d["labels"]["churn_signals"]})
    for r in RISKS:
        if risk[r] != 10:
            fail(f"risk {r}: {risk[r]} calls")
    if set(ind) != INDUSTRIES:
        fail(f"industries used: {sorted(ind)}")
    turns = sum(len(d["turns"]) for d in out)
    qa_missing = {k: sum(1 for d in out if not d["labels"]["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print("calls", len(out), "turns", turns)
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("signal spans per category", dict(cat_spans.most_common()), "total", sum(cat_spans.values()))
    print("calls per category", dict(cat_calls.most_common()))
    print("qa missing", qa_missing)
    print("forbidden calls", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
          "spans", sum(len(d["labels"]["qa"]["forbidden_words"]) for d in out))
    print("over_promise calls", sum(1 for d in out if d["labels"]["qa"]["over_promise"]),
          "spans", sum(len(d["labels"]["qa"]["over_promise"]) for d in out))
    print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    print("build errors:", fail.count)
    return 1 if fail.count else 0


if __name__ == "__main__":
    sys.exit(main())
