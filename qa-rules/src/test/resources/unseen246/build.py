#!/usr/bin/env python3
"""Build call-u246-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: 40 calls, 10 per churn_risk, all eight industries, 8-30 turns, every evidence string an
exact substring of its turn, QA spans on rep turns, negative turns on customer turns, none-calls
without signals and other calls with at least one, text free of Latin letters, Arabic digits and
ASCII punctuation. Prints the counts used in README.md.
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
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD = re.compile(r"[\x00-\x7f]")  # any ASCII: Latin letters, digits, ASCII punctuation, spaces

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors = []


def err(n, msg):
    errors.append(f"call {n:02d}: {msg}")


def check_text(n, where, s):
    m = BAD.search(s)
    if m:
        err(n, f"{where}: ASCII character {m.group()!r} in {s!r}")


assert [c["n"] for c in calls] == list(range(1, 41)), "calls must be numbered 1..40 in order"

docs = []
for c in calls:
    n = c["n"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    if c["industry"] not in INDUSTRIES:
        err(n, f"industry {c['industry']}")
    if c["risk"] not in RISKS:
        err(n, f"risk {c['risk']}")
    check_text(n, "scenario", c["scenario"])
    for i, t in enumerate(turns):
        check_text(n, f"turn {i}", t["text"])
    sigs = []
    for cat, ti, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(n, f"category {cat}")
        if not 0 <= ti < len(turns) or ev not in turns[ti]["text"]:
            err(n, f"signal {cat} evidence {ev!r} not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if c["risk"] == "none" and sigs:
        err(n, "none-call with signals")
    if c["risk"] != "none" and not sigs:
        err(n, "call without signals")
    spans = {}
    for key, lst in (("forbidden_words", c["fw"]), ("over_promise", c["op"])):
        spans[key] = []
        for ti, ev in lst:
            if not 0 <= ti < len(turns) or turns[ti]["speaker"] != "rep":
                err(n, f"{key} turn {ti} is not a rep turn")
            elif ev not in turns[ti]["text"]:
                err(n, f"{key} evidence {ev!r} not in turn {ti}")
            spans[key].append({"turn": ti, "evidence": ev})
    for ti in c["neg"]:
        if not 0 <= ti < len(turns) or turns[ti]["speaker"] != "customer":
            err(n, f"negative turn {ti} is not a customer turn")
    q = c["qa"]
    qa = {"greeting": q["greeting"], "self_intro": q["self_intro"],
          "needs_discovery": q["needs_discovery"],
          "forbidden_words": spans["forbidden_words"], "over_promise": spans["over_promise"],
          "next_step": q["next_step"], "closing": q["closing"]}
    # greeting must agree with the first rep turn (您好/你好)
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_hello = "您好" in first_rep or "你好" in first_rep
    if has_hello != q["greeting"]:
        err(n, f"greeting={q['greeting']} but first rep turn has_hello={has_hello}")
    cid = f"call-u246-{n:02d}"
    docs.append({
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": sorted(c["neg"])},
    })

risk_count = collections.Counter(d["labels"]["churn_risk"] for d in docs)
ind_count = collections.Counter(d["industry"] for d in docs)
if any(risk_count[r] != 10 for r in RISKS):
    errors.append(f"risk counts {dict(risk_count)}")
if set(ind_count) != INDUSTRIES:
    errors.append(f"industries {dict(ind_count)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

for d in docs:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# statistics for README.md
n_turns = sum(len(d["turns"]) for d in docs)
span_count = collections.Counter(s["category"] for d in docs for s in d["labels"]["churn_signals"])
call_count = collections.Counter(c for d in docs for c in {s["category"] for s in d["labels"]["churn_signals"]})
qa_false = {k: sum(not d["labels"]["qa"][k] for d in docs)
            for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
fw_calls = sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in docs)
op_calls = sum(bool(d["labels"]["qa"]["over_promise"]) for d in docs)
fw_spans = sum(len(d["labels"]["qa"]["forbidden_words"]) for d in docs)
op_spans = sum(len(d["labels"]["qa"]["over_promise"]) for d in docs)
neg = sum(len(d["labels"]["customer_negative_turns"]) for d in docs)
tag_count = collections.Counter(t for d in docs for t in d["tags"])
print(f"wrote {len(docs)} calls, {n_turns} turns")
print("churn_risk:", {r: risk_count[r] for r in RISKS})
print("industries:", dict(sorted(ind_count.items())))
print("signal spans per category:", dict(span_count.most_common()), "total", sum(span_count.values()))
print("calls containing each category:", dict(call_count.most_common()))
print("QA items false (calls):", qa_false)
print(f"forbidden words: {fw_spans} spans in {fw_calls} calls; over-promise: {op_spans} spans in {op_calls} calls")
print("customer negative turns:", neg)
print("tags hard_negative/negation/ambiguous/big_account/silent_churn:",
      [tag_count[t] for t in ("hard_negative", "negation", "ambiguous", "big_account", "silent_churn")])
