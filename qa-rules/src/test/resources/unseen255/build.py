#!/usr/bin/env python3
"""Build call-u255-NN.json from calls_1.py .. calls_4.py and check the data.

Checks: every evidence string is an exact substring of its turn; QA spans sit on
rep turns; customer_negative_turns are customer turns; text has no Latin letters,
Arabic digits or ASCII punctuation; turn counts; risk / industry balance; greeting
consistent with the first rep turn; none calls have no signals, others have some.
Prints counts used in README.md.
"""
import collections
import importlib.util
import json
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = ["price", "competitor", "service", "quality", "communication",
        "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
SPK = {"r": "rep", "c": "customer"}
BAD = re.compile("[A-Za-z0-9" + re.escape(string.punctuation) + r"\s]")


def load():
    calls = []
    for i in range(1, 5):
        path = os.path.join(HERE, f"calls_{i}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{i}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def main():
    calls = load()
    errors = []
    nums = [c["num"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        errors.append(f"call numbers are not 1..40: {sorted(nums)}")
    risk_n = collections.Counter()
    ind_n = collections.Counter()
    sig_spans = collections.Counter()
    sig_calls = collections.Counter()
    qa_miss = collections.Counter()
    fw_calls = op_calls = 0
    n_turns = n_neg = 0
    outputs = []
    for c in calls:
        cid = f"call-u255-{c['num']:02d}"
        turns = [{"speaker": SPK[s], "text": t} for s, t in c["turns"]]
        n = len(turns)
        n_turns += n
        if not 8 <= n <= 30:
            errors.append(f"{cid}: {n} turns")
        for i, t in enumerate(turns):
            m = BAD.findall(t["text"])
            if m:
                errors.append(f"{cid} turn {i}: bad characters {m}")
        for field in ("scenario",):
            if BAD.findall(c[field]):
                errors.append(f"{cid}: bad characters in {field}")
        if c["industry"] not in INDUSTRIES:
            errors.append(f"{cid}: industry {c['industry']}")
        if c["risk"] not in RISKS:
            errors.append(f"{cid}: risk {c['risk']}")
        risk_n[c["risk"]] += 1
        ind_n[c["industry"]] += 1
        signals = []
        for ti, cat, ev in c["signals"]:
            if cat not in CATS:
                errors.append(f"{cid}: category {cat}")
            if not 0 <= ti < n or ev not in turns[ti]["text"]:
                errors.append(f"{cid}: signal evidence not in turn {ti}: {ev}")
            signals.append({"category": cat, "turn": ti, "evidence": ev})
            sig_spans[cat] += 1
        for cat in {s["category"] for s in signals}:
            sig_calls[cat] += 1
        if c["risk"] == "none" and signals:
            errors.append(f"{cid}: none call with signals")
        if c["risk"] != "none" and not signals:
            errors.append(f"{cid}: {c['risk']} call without signals")
        q = c["qa"]
        spans = {}
        for key, name in (("fw", "forbidden_words"), ("op", "over_promise")):
            lst = []
            for ti, ev in q[key]:
                if not 0 <= ti < n or turns[ti]["speaker"] != "rep":
                    errors.append(f"{cid}: {name} span on non-rep turn {ti}")
                elif ev not in turns[ti]["text"]:
                    errors.append(f"{cid}: {name} evidence not in turn {ti}: {ev}")
                lst.append({"turn": ti, "evidence": ev})
            spans[name] = lst
        fw_calls += bool(q["fw"])
        op_calls += bool(q["op"])
        first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
        has_hello = ("您好" in first_rep) or ("你好" in first_rep)
        if bool(q["g"]) != has_hello:
            errors.append(f"{cid}: greeting label {q['g']} vs first rep turn")
        last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
        has_thanks = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
        if bool(q["c"]) != has_thanks:
            errors.append(f"{cid}: closing label {q['c']} vs last rep turn")
        for key, name in (("g", "greeting"), ("s", "self_intro"), ("n", "needs_discovery"),
                          ("x", "next_step"), ("c", "closing")):
            if not q[key]:
                qa_miss[name] += 1
        for ti in c["neg"]:
            if not 0 <= ti < n or turns[ti]["speaker"] != "customer":
                errors.append(f"{cid}: negative turn {ti} is not a customer turn")
        n_neg += len(c["neg"])
        doc = {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": c["tags"],
            "turns": turns,
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": signals,
                "qa": {
                    "greeting": bool(q["g"]),
                    "self_intro": bool(q["s"]),
                    "needs_discovery": bool(q["n"]),
                    "forbidden_words": spans["forbidden_words"],
                    "over_promise": spans["over_promise"],
                    "next_step": bool(q["x"]),
                    "closing": bool(q["c"]),
                },
                "customer_negative_turns": sorted(c["neg"]),
            },
        }
        outputs.append((cid, doc))
    for r in RISKS:
        if risk_n[r] != 10:
            errors.append(f"risk {r}: {risk_n[r]} calls")
    for ind in INDUSTRIES:
        if ind_n[ind] == 0:
            errors.append(f"industry {ind} unused")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    for cid, doc in outputs:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"wrote {len(outputs)} calls, {n_turns} turns")
    print("risk:", dict(risk_n))
    print("industry:", dict(ind_n))
    print("signal spans per category:", {k: sig_spans[k] for k in CATS}, "total", sum(sig_spans.values()))
    print("calls containing category:", {k: sig_calls[k] for k in CATS})
    print("qa missing:", dict(qa_miss), "forbidden-word calls", fw_calls, "over-promise calls", op_calls)
    print("hard_negative calls:", sum("hard_negative" in c["tags"] for c in calls),
          "negation-tagged calls:", sum("negation" in c["tags"] for c in calls))
    print("customer negative turns:", n_neg)


if __name__ == "__main__":
    main()
