#!/usr/bin/env python3
"""Build call-u249-NN.json from calls_1.py .. calls_4.py and check the labels mechanically."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"}
CATEGORIES = {"price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"R": "rep", "C": "customer"}
# no ASCII at all, no full-width letters or digits
BAD_CHARS = re.compile(r"[\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors, warnings = [], []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def build(i, c):
    cid = f"call-u249-{i:02d}"
    if c["industry"] not in INDUSTRIES:
        err(cid, f"bad industry {c['industry']}")
    if c["risk"] not in RISKS:
        err(cid, f"bad risk {c['risk']}")
    turns = []
    for k, (sp, text) in enumerate(c["turns"]):
        if sp not in SPEAKER:
            err(cid, f"turn {k}: bad speaker {sp}")
        bad = BAD_CHARS.findall(text)
        if bad:
            err(cid, f"turn {k}: forbidden characters {bad!r}")
        turns.append({"speaker": SPEAKER.get(sp, sp), "text": text})
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    for field in ("scenario",):
        if BAD_CHARS.search(c[field]):
            err(cid, f"{field} has ASCII characters")

    def span(kind, t, ev, rep_only):
        if not (0 <= t < len(turns)):
            err(cid, f"{kind}: turn {t} out of range")
            return
        if ev not in turns[t]["text"]:
            err(cid, f"{kind}: evidence {ev!r} not in turn {t}")
        if rep_only and turns[t]["speaker"] != "rep":
            err(cid, f"{kind}: turn {t} is not a rep turn")

    signals = []
    for cat, t, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(cid, f"bad category {cat}")
        span(f"signal {cat}", t, ev, False)
        signals.append({"category": cat, "turn": t, "evidence": ev})
    if c["risk"] == "none" and signals:
        err(cid, "risk none but has signals")
    if c["risk"] != "none" and not signals:
        err(cid, f"risk {c['risk']} without signals")

    qa = c["qa"]
    fw = []
    for t, ev in qa["forbidden_words"]:
        span("forbidden_words", t, ev, True)
        fw.append({"turn": t, "evidence": ev})
    op = []
    for t, ev in qa["over_promise"]:
        span("over_promise", t, ev, True)
        op.append({"turn": t, "evidence": ev})
    for t in c["neg"]:
        if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
            err(cid, f"negative turn {t} is not a customer turn")

    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if has_greet != qa["greeting"]:
        warnings.append(f"{cid}: greeting label {qa['greeting']} vs first rep turn {rep_turns[0][:20]}")
    has_close = any(w in rep_turns[-1] for w in ("谢", "祝"))
    if has_close != qa["closing"]:
        warnings.append(f"{cid}: closing label {qa['closing']} vs last rep turn {rep_turns[-1]}")

    return cid, {
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
                "forbidden_words": fw,
                "over_promise": op,
                "next_step": qa["next_step"],
                "closing": qa["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    out = [build(i, c) for i, c in enumerate(calls, 1)]
    if len(out) != 40:
        errors.append(f"{len(out)} calls, expected 40")
    risk = collections.Counter(d["labels"]["churn_risk"] for _, d in out)
    if any(risk[r] != 10 for r in RISKS):
        errors.append(f"risk counts {dict(risk)}")
    ind = collections.Counter(d["industry"] for _, d in out)
    if set(ind) != INDUSTRIES:
        errors.append(f"industries missing: {INDUSTRIES - set(ind)}")

    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    for cid, d in out:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # statistics for the README
    n_turns = sum(len(d["turns"]) for _, d in out)
    spans = collections.Counter(s["category"] for _, d in out for s in d["labels"]["churn_signals"])
    calls_with = collections.Counter(c for _, d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
    qa_missing = {k: sum(not d["labels"]["qa"][k] for _, d in out)
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    fw_calls = sum(bool(d["labels"]["qa"]["forbidden_words"]) for _, d in out)
    fw_spans = sum(len(d["labels"]["qa"]["forbidden_words"]) for _, d in out)
    op_calls = sum(bool(d["labels"]["qa"]["over_promise"]) for _, d in out)
    op_spans = sum(len(d["labels"]["qa"]["over_promise"]) for _, d in out)
    neg = sum(len(d["labels"]["customer_negative_turns"]) for _, d in out)
    print(f"wrote {len(out)} calls, {n_turns} turns")
    print("risk:", {r: risk[r] for r in RISKS})
    print("industry:", dict(sorted(ind.items())))
    print("signal spans per category:", dict(spans.most_common()), "total", sum(spans.values()))
    print("calls containing category:", dict(calls_with.most_common()))
    print("qa missing:", qa_missing)
    print(f"forbidden words: {fw_calls} calls / {fw_spans} spans; over-promise: {op_calls} calls / {op_spans} spans")
    print(f"customer negative turns: {neg}")


if __name__ == "__main__":
    main()
