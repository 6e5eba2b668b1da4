#!/usr/bin/env python3
"""Build call-u256-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: every evidence string is an exact substring of its turn; QA spans sit on rep
turns; negative turns are customer turns; text uses only Chinese characters and Chinese
punctuation; 8-12 turns; 10 calls per churn_risk; all eight industries; greeting and
closing booleans agree with the first / last rep turn.
Run:  python3 build.py
"""
import collections
import importlib.util
import json
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD_CHARS = re.compile(r"[A-Za-z0-9\s" + re.escape(string.punctuation) + r"]")
ALLOWED_PUNCT = set("，。？！、：；“”‘’……—《》（）")


def load(n):
    path = os.path.join(HERE, "calls_%d.py" % n)
    spec = importlib.util.spec_from_file_location("calls_%d" % n, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def check_text(where, text, errors):
    if BAD_CHARS.search(text):
        errors.append("%s: Latin letter, digit, space or ASCII punctuation in %r" % (where, text))
    for ch in text:
        if not ("\u4e00" <= ch <= "\u9fff") and ch not in ALLOWED_PUNCT:
            errors.append("%s: unexpected character %r" % (where, ch))


def main():
    calls = []
    for n in range(1, 5):
        part = load(n)
        if len(part) != 10:
            sys.exit("calls_%d.py has %d calls, expected 10" % (n, len(part)))
        calls.extend(part)

    errors = []
    out = []
    for i, c in enumerate(calls, 1):
        cid = "call-u256-%02d" % i
        turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
        if not 8 <= len(turns) <= 12:
            errors.append("%s: %d turns" % (cid, len(turns)))
        for k, t in enumerate(turns):
            check_text("%s turn %d" % (cid, k), t["text"], errors)
        check_text("%s scenario" % cid, c["scenario"], errors)
        if c["industry"] not in INDUSTRIES:
            errors.append("%s: industry %s" % (cid, c["industry"]))
        if c["risk"] not in RISKS:
            errors.append("%s: risk %s" % (cid, c["risk"]))

        def span_ok(kind, turn, ev, need=None):
            if not 0 <= turn < len(turns):
                errors.append("%s %s: turn %d out of range" % (cid, kind, turn))
                return
            if ev not in turns[turn]["text"]:
                errors.append("%s %s: %r not in turn %d" % (cid, kind, ev, turn))
            if need and turns[turn]["speaker"] != need:
                errors.append("%s %s: turn %d is not a %s turn" % (cid, kind, turn, need))

        for cat, turn, ev in c["signals"]:
            if cat not in CATEGORIES:
                errors.append("%s: category %s" % (cid, cat))
            span_ok("signal " + cat, turn, ev)
        if (c["risk"] == "none") != (len(c["signals"]) == 0):
            errors.append("%s: risk %s with %d signals" % (cid, c["risk"], len(c["signals"])))
        for turn, ev in c["forbidden"]:
            span_ok("forbidden", turn, ev, "rep")
        for turn, ev in c["over"]:
            span_ok("over_promise", turn, ev, "rep")
        for turn in c["neg"]:
            if turns[turn]["speaker"] != "customer":
                errors.append("%s: negative turn %d is not a customer turn" % (cid, turn))

        rep_idx = [k for k, t in enumerate(turns) if t["speaker"] == "rep"]
        first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
        greet = "您好" in first_rep or "你好" in first_rep
        close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
        qa = c["qa"]
        if greet != qa["greeting"]:
            errors.append("%s: greeting label %s but first rep turn %r" % (cid, qa["greeting"], first_rep))
        if close != qa["closing"]:
            errors.append("%s: closing label %s but last rep turn %r" % (cid, qa["closing"], last_rep))

        out.append({
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": c["tags"],
            "turns": turns,
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": [{"category": cat, "turn": t, "evidence": ev}
                                  for cat, t, ev in c["signals"]],
                "qa": {
                    "greeting": qa["greeting"],
                    "self_intro": qa["self_intro"],
                    "needs_discovery": qa["needs_discovery"],
                    "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in c["forbidden"]],
                    "over_promise": [{"turn": t, "evidence": ev} for t, ev in c["over"]],
                    "next_step": qa["next_step"],
                    "closing": qa["closing"],
                },
                "customer_negative_turns": sorted(c["neg"]),
            },
        })

    risks = collections.Counter(c["risk"] for c in calls)
    inds = collections.Counter(c["industry"] for c in calls)
    for r in RISKS:
        if risks[r] != 10:
            errors.append("risk %s: %d calls, expected 10" % (r, risks[r]))
    for ind in INDUSTRIES:
        if inds[ind] == 0:
            errors.append("industry %s unused" % ind)

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)

    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary for README
    n_turns = sum(len(o["turns"]) for o in out)
    spans = collections.Counter(s["category"] for o in out for s in o["labels"]["churn_signals"])
    calls_with = collections.Counter(cat for o in out
                                     for cat in {s["category"] for s in o["labels"]["churn_signals"]})
    qa_missing = {k: sum(1 for o in out if not o["labels"]["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print("wrote %d calls, %d turns (min %d, max %d)" % (
        len(out), n_turns, min(len(o["turns"]) for o in out), max(len(o["turns"]) for o in out)))
    print("churn_risk:", dict(risks))
    print("industries:", dict(inds))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
    print("calls per category:", {k: calls_with[k] for k in CATEGORIES})
    print("qa false counts:", qa_missing)
    print("calls with forbidden words:", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
          "spans", sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out))
    print("calls with over-promise:", sum(1 for o in out if o["labels"]["qa"]["over_promise"]),
          "spans", sum(len(o["labels"]["qa"]["over_promise"]) for o in out))
    print("customer negative turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    print("hard negatives:", sum(1 for o in out if "hard_negative" in o["tags"]),
          "with negation:", sum(1 for o in out if "hard_negative" in o["tags"] and "negation" in o["tags"]))
    print("all evidence strings are exact substrings of their turns")


if __name__ == "__main__":
    main()
