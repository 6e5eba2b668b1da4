"""Build call-u239-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: exact-substring evidence, QA spans on rep turns, negative turns on customer
turns, signals present iff churn_risk != none, allowed categories/industries/risk,
character rules (no ASCII at all: no Latin letters, digits or ASCII punctuation),
10-26 turns, greeting/closing consistency heuristics, per-level and per-industry counts.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
SPK = {"r": "rep", "c": "customer"}


def fail(msgs, cid, msg):
    msgs.append(f"{cid}: {msg}")


def build():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    problems = []
    out = []
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        problems.append(f"call numbers not 1..40: {sorted(nums)}")
    for c in calls:
        cid = f"call-u239-{c['n']:02d}"
        turns = [{"speaker": SPK[s], "text": t} for s, t in c["turns"]]
        n = len(turns)
        if not 10 <= n <= 26:
            fail(problems, cid, f"{n} turns")
        if c["industry"] not in INDUSTRIES:
            fail(problems, cid, f"industry {c['industry']}")
        if c["risk"] not in RISKS:
            fail(problems, cid, f"risk {c['risk']}")
        texts = [c["scenario"]] + [t["text"] for t in turns]
        for i, t in enumerate(turns):
            if any(ord(ch) < 128 for ch in t["text"]):
                bad = "".join(sorted(set(ch for ch in t["text"] if ord(ch) < 128)))
                fail(problems, cid, f"turn {i} has ASCII chars {bad!r}")
            if any(ch in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ" for ch in t["text"]):
                fail(problems, cid, f"turn {i} has full-width Latin/digit")
        if any(ord(ch) < 128 for ch in c["scenario"]):
            fail(problems, cid, "scenario has ASCII")
        signals = []
        for cat, ti, ev in c["signals"]:
            if cat not in CATS:
                fail(problems, cid, f"bad category {cat}")
            if not (0 <= ti < n) or ev not in turns[ti]["text"]:
                fail(problems, cid, f"signal evidence not in turn {ti}: {ev}")
            signals.append({"category": cat, "turn": ti, "evidence": ev})
        if (c["risk"] == "none") != (len(signals) == 0):
            fail(problems, cid, f"risk {c['risk']} with {len(signals)} signals")
        qa = dict(c["qa"])
        for key in ("forbidden_words", "over_promise"):
            spans = []
            for ti, ev in qa[key]:
                if not (0 <= ti < n) or turns[ti]["speaker"] != "rep":
                    fail(problems, cid, f"{key} span on non-rep turn {ti}")
                elif ev not in turns[ti]["text"]:
                    fail(problems, cid, f"{key} evidence not in turn {ti}: {ev}")
                spans.append({"turn": ti, "evidence": ev})
            qa[key] = spans
        rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
        first_rep = turns[rep_idx[0]]["text"]
        has_hello = ("您好" in first_rep) or ("你好" in first_rep)
        if has_hello != qa["greeting"]:
            fail(problems, cid, f"greeting label {qa['greeting']} vs first rep turn")
        last_rep = turns[rep_idx[-1]]["text"]
        has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
        if has_close != qa["closing"]:
            fail(problems, cid, f"closing label {qa['closing']} vs last rep turn")
        for ti in c["neg"]:
            if not (0 <= ti < n) or turns[ti]["speaker"] != "customer":
                fail(problems, cid, f"negative turn {ti} is not a customer turn")
        labels = {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": qa["greeting"], "self_intro": qa["self_intro"],
                "needs_discovery": qa["needs_discovery"],
                "forbidden_words": qa["forbidden_words"],
                "over_promise": qa["over_promise"],
                "next_step": qa["next_step"], "closing": qa["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        }
        out.append({"id": cid, "industry": c["industry"], "scenario": c["scenario"],
                    "tags": c["tags"], "turns": turns, "labels": labels})

    risk_count = collections.Counter(o["labels"]["churn_risk"] for o in out)
    ind_count = collections.Counter(o["industry"] for o in out)
    for r in RISKS:
        if risk_count[r] != 10:
            problems.append(f"risk {r}: {risk_count[r]} calls (want 10)")
    for ind in INDUSTRIES:
        if ind_count[ind] == 0:
            problems.append(f"industry {ind} unused")

    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # stats
    turns_total = sum(len(o["turns"]) for o in out)
    span_count = collections.Counter()
    call_count = collections.Counter()
    for o in out:
        cats = [s["category"] for s in o["labels"]["churn_signals"]]
        span_count.update(cats)
        call_count.update(set(cats))
    qa_missing = collections.Counter()
    fw = op = neg = 0
    for o in out:
        q = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_missing[k] += 1
        fw += bool(q["forbidden_words"])
        op += bool(q["over_promise"])
        neg += len(o["labels"]["customer_negative_turns"])
    lengths = [len(o["turns"]) for o in out]
    print(f"calls {len(out)}, turns {turns_total} (min {min(lengths)}, max {max(lengths)})")
    print("risk:", dict(risk_count))
    print("industry:", dict(ind_count))
    print("signal spans per category:", dict(span_count.most_common()),
          "total", sum(span_count.values()))
    print("calls per category:", dict(call_count.most_common()))
    print("qa missing:", dict(qa_missing), f"forbidden in {fw} calls, over_promise in {op} calls")
    print("customer negative turns:", neg)
    print("hard_negative tags:", sum("hard_negative" in o["tags"] for o in out),
          "negation tags:", sum("negation" in o["tags"] for o in out))
    if problems:
        print(f"{len(problems)} PROBLEMS")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("build checks: 0 problems")


if __name__ == "__main__":
    build()
