#!/usr/bin/env python3
"""Build call-u261-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: every evidence string is an exact substring of the turn it is attached to; QA spans are on
rep turns; negative turns are customer turns; text has no Latin letters, Arabic digits, ASCII
punctuation or spaces; 20-30 turns per call; 10 calls per churn_risk; 5 calls per industry; `none`
calls have no signals and every other call has at least one; rough consistency of the greeting and
closing booleans with the text.
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = {"price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"}
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"}
RISKS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\s]")


def load_calls():
    calls = []
    for k in range(1, 5):
        path = os.path.join(HERE, f"calls_{k}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{k}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def build_one(c, problems):
    cid = f"call-u261-{c['n']:02d}"

    def bad(msg):
        problems.append(f"{cid}: {msg}")

    turns, signals, fw, op, neg = [], [], [], [], []
    for i, t in enumerate(c["turns"]):
        spk, text = t[0], t[1]
        anns = t[2] if len(t) > 2 else []
        speaker = {"r": "rep", "c": "customer"}[spk]
        turns.append({"speaker": speaker, "text": text})
        m = BAD_CHARS.search(text)
        if m:
            bad(f"turn {i} has forbidden character {m.group()!r}")
        for a in anns:
            if a == "neg":
                if speaker != "customer":
                    bad(f"turn {i}: negative turn is not a customer turn")
                neg.append(i)
                continue
            kind, ev = a
            if ev not in text:
                bad(f"turn {i}: evidence {ev!r} not in text")
            if kind in ("fw", "op"):
                if speaker != "rep":
                    bad(f"turn {i}: QA span on a customer turn")
                (fw if kind == "fw" else op).append({"turn": i, "evidence": ev})
            elif kind in CATEGORIES:
                signals.append({"category": kind, "turn": i, "evidence": ev})
            else:
                bad(f"turn {i}: unknown annotation {kind!r}")

    if not 20 <= len(turns) <= 30:
        bad(f"{len(turns)} turns (style asks for 20-30)")
    if c["industry"] not in INDUSTRIES:
        bad(f"unknown industry {c['industry']}")
    risk = c["risk"]
    if risk == "none" and signals:
        bad("risk none but has signals")
    if risk != "none" and not signals:
        bad(f"risk {risk} but no signals")

    qa = c["qa"]
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if has_greet != qa["greeting"]:
        bad(f"greeting flag {qa['greeting']} but first rep turn greeting={has_greet}")
    has_close = any(w in rep_turns[-1] for w in ("谢", "祝"))
    if has_close != qa["closing"]:
        bad(f"closing flag {qa['closing']} but last rep turn thanks/wishes={has_close}")

    tags = list(c["tags"])
    for s in signals:
        if s["category"] not in tags:
            tags.append(s["category"])

    return {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": risk,
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
            "customer_negative_turns": sorted(neg),
        },
    }


def main():
    calls = load_calls()
    problems = []
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        problems.append(f"call numbers are not 1..40: {sorted(nums)}")
    out = [build_one(c, problems) for c in sorted(calls, key=lambda c: c["n"])]

    risk_count = collections.Counter(d["labels"]["churn_risk"] for d in out)
    ind_count = collections.Counter(d["industry"] for d in out)
    for r in RISKS:
        if risk_count[r] != 10:
            problems.append(f"risk {r}: {risk_count[r]} calls, want 10")
    for ind in INDUSTRIES:
        if ind_count[ind] == 0:
            problems.append(f"industry {ind} unused")

    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    n_turns = sum(len(d["turns"]) for d in out)
    sig = collections.Counter(s["category"] for d in out for s in d["labels"]["churn_signals"])
    sig_calls = collections.Counter()
    for d in out:
        for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
            sig_calls[cat] += 1
    qa_missing = {k: sum(1 for d in out if not d["labels"]["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print(f"calls {len(out)}, turns {n_turns} (min {min(len(d['turns']) for d in out)}, "
          f"max {max(len(d['turns']) for d in out)})")
    print("risk:", dict(risk_count))
    print("industry:", dict(ind_count))
    print("signal spans per category:", dict(sig.most_common()), "total", sum(sig.values()))
    print("calls per category:", dict(sig_calls.most_common()))
    print("qa missing:", qa_missing)
    print("forbidden-word calls:", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
          "spans:", sum(len(d["labels"]["qa"]["forbidden_words"]) for d in out))
    print("over-promise calls:", sum(1 for d in out if d["labels"]["qa"]["over_promise"]),
          "spans:", sum(len(d["labels"]["qa"]["over_promise"]) for d in out))
    print("negative customer turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    rep_chars = sum(len(t["text"]) for d in out for t in d["turns"] if t["speaker"] == "rep")
    cus_chars = sum(len(t["text"]) for d in out for t in d["turns"] if t["speaker"] == "customer")
    print(f"characters: rep {rep_chars}, customer {cus_chars}")
    if problems:
        print(f"{len(problems)} problems:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("build checks: 0 problems")


if __name__ == "__main__":
    main()
