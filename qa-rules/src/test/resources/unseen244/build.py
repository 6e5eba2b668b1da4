#!/usr/bin/env python3
"""Build call-u244-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks (any failure -> exit 1, nothing is written):
  * every evidence string is an exact substring of the turn it is attached to
  * QA spans only on rep turns; negative-emotion turns only on customer turns
  * 8-30 turns, speakers rep/customer, text without Latin letters, digits or ASCII characters
  * churn_risk counts 10/10/10/10, `none` calls without signals, others with >= 1 signal
  * ids unique and contiguous, all eight industries used
Warnings (printed): greeting / closing booleans that disagree with a simple text heuristic.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
ASCII = re.compile(r"[\x00-\x7f]")


def build_one(call, errors):
    cid = call["id"]
    turns_out, signals, forbidden, over, neg = [], [], [], [], []
    turns = call["turns"]
    if not 8 <= len(turns) <= 30:
        errors.append(f"{cid}: {len(turns)} turns")
    for i, t in enumerate(turns):
        speaker, text, anns = t[0], t[1], t[2:]
        if speaker not in ("rep", "customer"):
            errors.append(f"{cid} turn {i}: bad speaker {speaker}")
        bad = sorted(set(ASCII.findall(text)))
        if bad:
            errors.append(f"{cid} turn {i}: ASCII characters {bad!r}")
        turns_out.append({"speaker": speaker, "text": text})
        for a in anns:
            if a == "neg":
                if speaker != "customer":
                    errors.append(f"{cid} turn {i}: negative turn is not a customer turn")
                neg.append(i)
                continue
            kind, ev = a
            if not ev or ev not in text:
                errors.append(f"{cid} turn {i}: evidence not in text: {ev!r}")
            if kind in ("forbidden", "over"):
                if speaker != "rep":
                    errors.append(f"{cid} turn {i}: QA span on a non-rep turn")
                (forbidden if kind == "forbidden" else over).append({"turn": i, "evidence": ev})
            elif kind in CATEGORIES:
                signals.append({"category": kind, "turn": i, "evidence": ev})
            else:
                errors.append(f"{cid} turn {i}: unknown annotation {kind}")
    risk = call["risk"]
    if risk not in RISKS:
        errors.append(f"{cid}: bad risk {risk}")
    if risk == "none" and signals:
        errors.append(f"{cid}: none call with signals")
    if risk != "none" and not signals:
        errors.append(f"{cid}: {risk} call without signals")
    if call["industry"] not in INDUSTRIES:
        errors.append(f"{cid}: bad industry")
    if ASCII.search(call["scenario"]):
        errors.append(f"{cid}: ASCII in scenario")

    qa_in = call["qa"]
    if set(qa_in) != set(QA_BOOLS):
        errors.append(f"{cid}: qa keys {sorted(qa_in)}")
    # heuristic cross-checks for greeting / closing
    rep_idx = [i for i, t in enumerate(turns) if t[0] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]][1], turns[rep_idx[-1]][1]
    g = ("您好" in first_rep) or ("你好" in first_rep)
    if g != qa_in["greeting"]:
        print(f"WARN {cid}: greeting label {qa_in['greeting']} vs heuristic {g}")
    cl = any(w in last_rep for w in ("谢谢", "感谢", "多谢", "祝"))
    if cl != qa_in["closing"]:
        print(f"WARN {cid}: closing label {qa_in['closing']} vs heuristic {cl}")

    tags = list(call["tags"])
    for s in signals:
        if s["category"] not in tags:
            tags.append(s["category"])
    if over and "over_promise" not in tags:
        tags.append("over_promise")

    return {
        "id": cid,
        "industry": call["industry"],
        "scenario": call["scenario"],
        "tags": tags,
        "turns": turns_out,
        "labels": {
            "churn_risk": risk,
            "churn_signals": signals,
            "qa": {
                "greeting": qa_in["greeting"],
                "self_intro": qa_in["self_intro"],
                "needs_discovery": qa_in["needs_discovery"],
                "forbidden_words": forbidden,
                "over_promise": over,
                "next_step": qa_in["next_step"],
                "closing": qa_in["closing"],
            },
            "customer_negative_turns": neg,
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    errors = []
    ids = [c["id"] for c in calls]
    expected = [f"call-u244-{n:02d}" for n in range(1, 41)]
    if ids != expected:
        errors.append(f"ids not call-u244-01..40 in order: {ids}")
    built = [build_one(c, errors) for c in calls]

    risk_n = collections.Counter(b["labels"]["churn_risk"] for b in built)
    if any(risk_n[r] != 10 for r in RISKS):
        errors.append(f"risk counts {dict(risk_n)}")
    ind_n = collections.Counter(b["industry"] for b in built)
    if set(ind_n) != set(INDUSTRIES):
        errors.append(f"industries used {dict(ind_n)}")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    for b in built:
        with open(os.path.join(HERE, b["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(b, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    n_turns = sum(len(b["turns"]) for b in built)
    sig_n = collections.Counter(s["category"] for b in built for s in b["labels"]["churn_signals"])
    calls_with = collections.Counter(c for b in built
                                     for c in {s["category"] for s in b["labels"]["churn_signals"]})
    qa_false = {k: sum(1 for b in built if not b["labels"]["qa"][k]) for k in QA_BOOLS}
    fw = sum(1 for b in built if b["labels"]["qa"]["forbidden_words"])
    fw_spans = sum(len(b["labels"]["qa"]["forbidden_words"]) for b in built)
    op = sum(1 for b in built if b["labels"]["qa"]["over_promise"])
    op_spans = sum(len(b["labels"]["qa"]["over_promise"]) for b in built)
    negs = sum(len(b["labels"]["customer_negative_turns"]) for b in built)
    print(f"wrote {len(built)} calls, {n_turns} turns")
    print("industries:", dict(sorted(ind_n.items())))
    print("churn_risk:", {r: risk_n[r] for r in RISKS})
    print("signal spans per category:", {c: sig_n[c] for c in CATEGORIES},
          "total", sum(sig_n.values()))
    print("calls containing each category:", {c: calls_with[c] for c in CATEGORIES})
    print("QA false counts:", qa_false)
    print(f"forbidden words: {fw} calls, {fw_spans} spans; over-promise: {op} calls, {op_spans} spans")
    print("customer negative turns:", negs)


if __name__ == "__main__":
    main()
