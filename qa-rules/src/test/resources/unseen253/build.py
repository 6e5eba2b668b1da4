#!/usr/bin/env python3
"""Build call-u253-NN.json files from calls_1.py ... calls_4.py and check them.

Checks: evidence strings are exact substrings of their turn; QA spans sit on rep turns;
negative turns are customer turns; text has no Latin letters, digits or ASCII punctuation;
8-30 turns; 10 calls per churn_risk; `none` calls have no signals, others have at least one;
all eight industries used; heuristic consistency of greeting / closing flags.
Prints counts used in README.md.
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
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD_CHARS = re.compile(r"[\x00-\x7f]")  # any ASCII (letters, digits, punctuation, space)


def load_calls():
    calls = []
    for i in range(1, 5):
        path = os.path.join(HERE, f"calls_{i}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{i}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def main():
    calls = load_calls()
    errors = []
    warnings = []

    def err(cid, msg):
        errors.append(f"{cid}: {msg}")

    ids = [c["id"] for c in calls]
    expected = [f"call-u253-{n:02d}" for n in range(1, 41)]
    if ids != expected:
        errors.append(f"ids not call-u253-01..40 in order: {ids}")

    out = []
    for c in calls:
        cid = c["id"]
        turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
        n = len(turns)
        if not 8 <= n <= 30:
            err(cid, f"{n} turns")
        if c["industry"] not in INDUSTRIES:
            err(cid, f"bad industry {c['industry']}")
        if c["risk"] not in RISKS:
            err(cid, f"bad risk {c['risk']}")
        for i, t in enumerate(turns):
            bad = BAD_CHARS.findall(t["text"])
            if bad:
                err(cid, f"turn {i} has ASCII chars {bad!r}")
        if BAD_CHARS.search(c["scenario"]):
            err(cid, "scenario has ASCII chars")

        def span_ok(kind, turn, ev, want_speaker=None):
            if not 0 <= turn < n:
                err(cid, f"{kind}: turn {turn} out of range")
                return
            if ev not in turns[turn]["text"]:
                err(cid, f"{kind}: evidence {ev!r} not in turn {turn}")
            if want_speaker and turns[turn]["speaker"] != want_speaker:
                err(cid, f"{kind}: turn {turn} is not a {want_speaker} turn")

        signals = []
        for cat, turn, ev in c["signals"]:
            if cat not in CATEGORIES:
                err(cid, f"bad category {cat}")
            span_ok(f"signal {cat}", turn, ev)
            if 0 <= turn < n and turns[turn]["speaker"] == "rep" and cat != "contact_change":
                warnings.append(f"{cid}: {cat} signal on rep turn {turn}")
            signals.append({"category": cat, "turn": turn, "evidence": ev})
        if c["risk"] == "none" and signals:
            err(cid, "risk none but has signals")
        if c["risk"] != "none" and not signals:
            err(cid, "risk not none but no signals")

        qa = c["qa"]
        fw = []
        for turn, ev in qa["forbidden"]:
            span_ok("forbidden", turn, ev, "rep")
            fw.append({"turn": turn, "evidence": ev})
        op = []
        for turn, ev in qa["over"]:
            span_ok("over_promise", turn, ev, "rep")
            op.append({"turn": turn, "evidence": ev})
        for t in c["neg"]:
            if not 0 <= t < n or turns[t]["speaker"] != "customer":
                err(cid, f"negative turn {t} is not a customer turn")

        rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
        has_hello = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
        if has_hello != qa["greeting"]:
            err(cid, f"greeting flag {qa['greeting']} but first rep turn hello={has_hello}")
        has_thanks = any(w in rep_turns[-1] for w in ("谢", "祝"))
        if has_thanks != qa["closing"]:
            err(cid, f"closing flag {qa['closing']} but last rep turn thanks={has_thanks}")

        cats_present = []
        for s in signals:
            if s["category"] not in cats_present:
                cats_present.append(s["category"])
        tags = list(c["tags"])
        for cat in cats_present:
            if cat not in tags:
                tags.append(cat)

        obj = {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": tags,
            "turns": turns,
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": signals,
                "qa": {
                    "greeting": qa["greeting"],
                    "self_intro": qa["self_intro"],
                    "needs_discovery": qa["needs"],
                    "forbidden_words": fw,
                    "over_promise": op,
                    "next_step": qa["next"],
                    "closing": qa["closing"],
                },
                "customer_negative_turns": sorted(c["neg"]),
            },
        }
        out.append(obj)

    risk_count = collections.Counter(c["risk"] for c in calls)
    for r in RISKS:
        if risk_count[r] != 10:
            errors.append(f"risk {r}: {risk_count[r]} calls, want 10")
    ind_count = collections.Counter(c["industry"] for c in calls)
    for ind in INDUSTRIES:
        if ind_count[ind] == 0:
            errors.append(f"industry {ind} unused")

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    for obj in out:
        with open(os.path.join(HERE, obj["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    sig_spans = collections.Counter()
    sig_calls = collections.Counter()
    for obj in out:
        cats = set()
        for s in obj["labels"]["churn_signals"]:
            sig_spans[s["category"]] += 1
            cats.add(s["category"])
        for cat in cats:
            sig_calls[cat] += 1
    qa_missing = collections.Counter()
    fw_calls = op_calls = 0
    neg_turns = 0
    for obj in out:
        q = obj["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_missing[k] += 1
        fw_calls += bool(q["forbidden_words"])
        op_calls += bool(q["over_promise"])
        neg_turns += len(obj["labels"]["customer_negative_turns"])
    print(f"wrote {len(out)} files")
    print(f"turns: {sum(len(o['turns']) for o in out)}")
    print("churn_risk:", dict((r, risk_count[r]) for r in RISKS))
    print("industries:", dict(ind_count))
    print(f"signal spans: {sum(sig_spans.values())}")
    for cat in CATEGORIES:
        print(f"  {cat}: {sig_spans[cat]} spans in {sig_calls[cat]} calls")
    print("qa missing:", dict(qa_missing))
    print(f"forbidden words in {fw_calls} calls, over-promise in {op_calls} calls")
    print(f"customer negative turns: {neg_turns}")
    tagc = collections.Counter(t for o in out for t in o["tags"])
    print("tags:", dict(tagc))
    for w in warnings:
        print("warning:", w)


if __name__ == "__main__":
    main()
