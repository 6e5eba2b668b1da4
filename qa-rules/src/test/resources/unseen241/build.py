#!/usr/bin/env python3
"""Build call-u241-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: ids, industries, risk balance, signal presence per risk, categories, turn counts,
text character set (Chinese characters + Chinese punctuation only), every evidence an exact
substring of its turn, QA spans on rep turns, negative turns on customer turns, and a few
heuristic QA consistency checks (greeting / closing wording).
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
RISKS = ["none", "low", "medium", "high"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
SPEAKER = {"R": "rep", "C": "customer"}
# Chinese punctuation allowed in transcript text
PUNCT = set("，。？！、：；“”‘’（）《》…—·")


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def is_cjk(ch):
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF


def main():
    calls = []
    for i in range(1, 5):
        part = load("calls_%d" % i)
        if len(part) != 10:
            sys.exit("calls_%d.py has %d calls, expected 10" % (i, len(part)))
        calls.extend(part)

    errors, warnings = [], []
    ids = [c["id"] for c in calls]
    expected = ["call-u241-%02d" % n for n in range(1, 41)]
    if ids != expected:
        errors.append("ids are not call-u241-01..40 in order")

    risk_count = collections.Counter()
    ind_count = collections.Counter()
    cat_spans = collections.Counter()
    cat_calls = collections.Counter()
    n_turns = 0
    qa_missing = collections.Counter()
    fw_calls = op_calls = 0
    n_neg = 0

    for c in calls:
        cid = c["id"]
        turns = c["turns"]
        n_turns += len(turns)
        if c["industry"] not in INDUSTRIES:
            errors.append("%s: bad industry %s" % (cid, c["industry"]))
        ind_count[c["industry"]] += 1
        if c["risk"] not in RISKS:
            errors.append("%s: bad risk %s" % (cid, c["risk"]))
        risk_count[c["risk"]] += 1
        if not 8 <= len(turns) <= 30:
            errors.append("%s: %d turns" % (cid, len(turns)))
        for ti, (sp, text) in enumerate(turns):
            if sp not in SPEAKER:
                errors.append("%s turn %d: bad speaker %r" % (cid, ti, sp))
            for ch in text:
                if not (is_cjk(ch) or ch in PUNCT):
                    errors.append("%s turn %d: disallowed character %r" % (cid, ti, ch))
        for field in ("scenario",):
            if re.search(r"[A-Za-z0-9]", c[field]):
                errors.append("%s: latin/digit in %s" % (cid, field))

        sigs = c["signals"]
        if c["risk"] == "none" and sigs:
            errors.append("%s: none-risk call has signals" % cid)
        if c["risk"] != "none" and not sigs:
            errors.append("%s: %s-risk call has no signals" % (cid, c["risk"]))
        seen_cats = set()
        for cat, ti, ev in sigs:
            if cat not in CATEGORIES:
                errors.append("%s: bad category %s" % (cid, cat))
            if not 0 <= ti < len(turns):
                errors.append("%s: signal turn %d out of range" % (cid, ti))
                continue
            if ev not in turns[ti][1]:
                errors.append("%s: evidence %r not in turn %d" % (cid, ev, ti))
            cat_spans[cat] += 1
            seen_cats.add(cat)
        for cat in seen_cats:
            cat_calls[cat] += 1
            if cat not in c["tags"]:
                warnings.append("%s: category %s not in tags" % (cid, cat))

        qa = c["qa"]
        for key in ("forbidden_words", "over_promise"):
            for ti, ev in qa[key]:
                if not 0 <= ti < len(turns):
                    errors.append("%s: %s turn %d out of range" % (cid, key, ti))
                    continue
                if turns[ti][0] != "R":
                    errors.append("%s: %s span on non-rep turn %d" % (cid, key, ti))
                if ev not in turns[ti][1]:
                    errors.append("%s: %s evidence %r not in turn %d" % (cid, key, ev, ti))
        if qa["forbidden_words"]:
            fw_calls += 1
        if qa["over_promise"]:
            op_calls += 1
            if "over_promise" not in c["tags"]:
                warnings.append("%s: over_promise not in tags" % cid)
        for key in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not qa[key]:
                qa_missing[key] += 1

        rep_turns = [t for sp, t in turns if sp == "R"]
        has_greet = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
        if has_greet != qa["greeting"]:
            errors.append("%s: greeting label %s but first rep turn %r" % (cid, qa["greeting"], rep_turns[0]))
        has_close = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
        if has_close != qa["closing"]:
            errors.append("%s: closing label %s but last rep turn %r" % (cid, qa["closing"], rep_turns[-1]))

        neg = c["neg"]
        if neg != sorted(set(neg)):
            errors.append("%s: negative turns not sorted/unique" % cid)
        for ti in neg:
            if not 0 <= ti < len(turns) or turns[ti][0] != "C":
                errors.append("%s: negative turn %d is not a customer turn" % (cid, ti))
        n_neg += len(neg)

    for r in RISKS:
        if risk_count[r] != 10:
            errors.append("risk %s: %d calls, expected 10" % (r, risk_count[r]))
    if set(ind_count) != INDUSTRIES:
        errors.append("industries used: %s" % sorted(ind_count))

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    for c in calls:
        out = {
            "id": c["id"],
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": c["tags"],
            "turns": [{"speaker": SPEAKER[sp], "text": t} for sp, t in c["turns"]],
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": [{"category": cat, "turn": ti, "evidence": ev}
                                  for cat, ti, ev in sorted(c["signals"], key=lambda s: s[1])],
                "qa": {
                    "greeting": c["qa"]["greeting"],
                    "self_intro": c["qa"]["self_intro"],
                    "needs_discovery": c["qa"]["needs_discovery"],
                    "forbidden_words": [{"turn": ti, "evidence": ev} for ti, ev in c["qa"]["forbidden_words"]],
                    "over_promise": [{"turn": ti, "evidence": ev} for ti, ev in c["qa"]["over_promise"]],
                    "next_step": c["qa"]["next_step"],
                    "closing": c["qa"]["closing"],
                },
                "customer_negative_turns": c["neg"],
            },
        }
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")

    for w in warnings:
        print("WARN", w)
    print("wrote %d calls, %d turns" % (len(calls), n_turns))
    print("risk:", dict(risk_count))
    print("industry:", dict(ind_count))
    print("signal spans per category:", {k: cat_spans[k] for k in CATEGORIES}, "total", sum(cat_spans.values()))
    print("calls per category:", {k: cat_calls[k] for k in CATEGORIES})
    print("QA missing:", dict(qa_missing), "forbidden-word calls", fw_calls, "over-promise calls", op_calls)
    print("customer negative turns:", n_neg)


if __name__ == "__main__":
    main()
