# -*- coding: utf-8 -*-
"""Build call-u254-01.json ... call-u254-40.json from calls_1.py ... calls_4.py and check them.

Checks: ids and count, industries, churn_risk counts, none <=> no signals, every evidence an exact
substring of its turn, QA spans on rep turns, negative turns on customer turns, turn count 8-30,
text free of Latin letters, Arabic digits and ASCII punctuation, plus warnings for QA booleans that
disagree with simple surface cues (greeting / closing words).
Exit status 1 if any error.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"R": "rep", "C": "customer"}
BAD_CHARS = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")

errors, warnings = [], []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def warn(cid, msg):
    warnings.append(f"{cid}: {msg}")


def build(c):
    cid = c["id"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        m = BAD_CHARS.search(t["text"])
        if m:
            err(cid, f"turn {i} has forbidden character {m.group()!r}")
    m = BAD_CHARS.search(c["scenario"])
    if m:
        err(cid, f"scenario has forbidden character {m.group()!r}")
    if c["industry"] not in INDUSTRIES:
        err(cid, f"industry {c['industry']}")
    if c["risk"] not in RISKS:
        err(cid, f"risk {c['risk']}")

    def span_ok(kind, ti, ev, want=None):
        if not 0 <= ti < len(turns):
            err(cid, f"{kind} turn {ti} out of range")
            return False
        if want and turns[ti]["speaker"] != want:
            err(cid, f"{kind} turn {ti} is a {turns[ti]['speaker']} turn")
        if not ev or ev not in turns[ti]["text"]:
            err(cid, f"{kind} evidence {ev!r} not in turn {ti}")
            return False
        return True

    signals = []
    for cat, ti, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(cid, f"category {cat}")
        span_ok("signal " + cat, ti, ev)
        signals.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not signals):
        err(cid, f"risk {c['risk']} with {len(signals)} signals")

    q = c["qa"]
    fw = []
    for ti, ev in q["f"]:
        span_ok("forbidden", ti, ev, "rep")
        fw.append({"turn": ti, "evidence": ev})
    op = []
    for ti, ev in q["o"]:
        span_ok("over_promise", ti, ev, "rep")
        op.append({"turn": ti, "evidence": ev})
    for ti in c["neg"]:
        if not 0 <= ti < len(turns) or turns[ti]["speaker"] != "customer":
            err(cid, f"negative turn {ti} is not a customer turn")

    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep = turns[rep_idx[0]]["text"]
    last_rep = turns[rep_idx[-1]]["text"]
    if q["g"] != ("您好" in first_rep or "你好" in first_rep):
        warn(cid, f"greeting={q['g']} but first rep turn: {first_rep[:20]}")
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if q["c"] != has_close:
        warn(cid, f"closing={q['c']} but last rep turn: {last_rep}")

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
                "greeting": q["g"], "self_intro": q["s"], "needs_discovery": q["n"],
                "forbidden_words": fw, "over_promise": op,
                "next_step": q["x"], "closing": q["c"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    expect_ids = [f"call-u254-{i:02d}" for i in range(1, 41)]
    ids = [c["id"] for c in calls]
    if ids != expect_ids:
        err("set", f"ids are not call-u254-01..40 in order: {ids}")
    out = [build(c) for c in calls]

    risk = collections.Counter(c["labels"]["churn_risk"] for c in out)
    for r in RISKS:
        if risk[r] != 10:
            err("set", f"churn_risk {r}: {risk[r]} calls, want 10")
    ind = collections.Counter(c["industry"] for c in out)
    for i in INDUSTRIES:
        if ind[i] == 0:
            err("set", f"industry {i} unused")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors; nothing written")
        return 1
    for c in out:
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    spans = collections.Counter(s["category"] for c in out for s in c["labels"]["churn_signals"])
    calls_with = collections.Counter(cat for c in out
                                     for cat in {s["category"] for s in c["labels"]["churn_signals"]})
    n_turns = sum(len(c["turns"]) for c in out)
    print(f"wrote {len(out)} calls, {n_turns} turns, {sum(spans.values())} signal spans")
    print("churn_risk:", dict((r, risk[r]) for r in RISKS))
    print("industries:", dict(ind))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES})
    print("calls per category:", {k: calls_with[k] for k in CATEGORIES})
    qa = collections.Counter()
    for c in out:
        q = c["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa[k + "_missing"] += 1
        if q["forbidden_words"]:
            qa["calls_with_forbidden"] += 1
        if q["over_promise"]:
            qa["calls_with_over_promise"] += 1
    print("qa:", dict(qa))
    print("customer negative turns:", sum(len(c["labels"]["customer_negative_turns"]) for c in out))
    multi = sum(1 for c in out if len(calls_with_cats(c)) >= 2)
    print("risk calls with >=2 categories:", multi, "of", 40 - risk["none"])
    for w in warnings:
        print("warning:", w)
    return 0


def calls_with_cats(c):
    return {s["category"] for s in c["labels"]["churn_signals"]}


if __name__ == "__main__":
    sys.exit(main())
