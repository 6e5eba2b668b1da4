# -*- coding: utf-8 -*-
"""Build call-u236-NN.json from calls_1.py … calls_4.py and check them.

Run: python3 build.py   (from any directory)
Exits non-zero if any check fails; JSON files are written only when all checks pass.
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

# Latin letters, Arabic digits, full-width Latin/digits, ASCII punctuation and whitespace
BAD_CHARS = re.compile(r"[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A!-/:-@\[-`{-~\s]")


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def build_one(c, errors):
    cid = "call-u236-%02d" % c["n"]

    def err(msg):
        errors.append("%s: %s" % (cid, msg))

    if c["industry"] not in INDUSTRIES:
        err("bad industry %r" % c["industry"])
    if c["risk"] not in RISKS:
        err("bad risk %r" % c["risk"])
    if not (8 <= len(c["turns"]) <= 30):
        err("turn count %d outside 8..30" % len(c["turns"]))
    if BAD_CHARS.search(c["scenario"]):
        err("scenario has non-Chinese characters")

    turns, signals, forbidden, over, neg = [], [], [], [], []
    for i, t in enumerate(c["turns"]):
        spk, text, ann = t[0], t[1], t[2:]
        if spk not in ("r", "c"):
            err("turn %d: bad speaker %r" % (i, spk))
        speaker = "rep" if spk == "r" else "customer"
        m = BAD_CHARS.search(text)
        if m:
            err("turn %d: forbidden character %r in text" % (i, m.group()))
        if not text or text[-1] not in "。？！…":
            err("turn %d: text does not end with Chinese sentence punctuation" % i)
        turns.append({"speaker": speaker, "text": text})
        for a in ann:
            if a == "n":
                if speaker != "customer":
                    err("turn %d: negative emotion on a rep turn" % i)
                neg.append(i)
                continue
            kind = a[0]
            ev = a[-1]
            if ev not in text:
                err("turn %d: evidence %r is not a substring of the turn" % (i, ev))
            if text.count(ev) != 1:
                err("turn %d: evidence %r is not unique in the turn" % (i, ev))
            if kind == "s":
                if a[1] not in CATEGORIES:
                    err("turn %d: bad category %r" % (i, a[1]))
                signals.append({"category": a[1], "turn": i, "evidence": ev})
            elif kind in ("f", "o"):
                if speaker != "rep":
                    err("turn %d: QA span on a customer turn" % i)
                (forbidden if kind == "f" else over).append({"turn": i, "evidence": ev})
            else:
                err("turn %d: unknown annotation %r" % (i, a))

    if c["risk"] == "none" and signals:
        err("risk none but has churn signals")
    if c["risk"] != "none" and not signals:
        err("risk %s but no churn signal" % c["risk"])

    qa = c["qa"]
    if set(qa) - set("GIDXC"):
        err("bad qa code %r" % qa)
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    has_hello = ("您好" in first_rep) or ("你好" in first_rep)
    if has_hello != ("G" in qa):
        err("greeting flag %s but first rep turn hello=%s" % ("G" in qa, has_hello))
    has_thanks = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_thanks != ("C" in qa):
        err("closing flag %s but last rep turn thanks=%s" % ("C" in qa, has_thanks))

    labels = {
        "churn_risk": c["risk"],
        "churn_signals": signals,
        "qa": {
            "greeting": "G" in qa,
            "self_intro": "I" in qa,
            "needs_discovery": "D" in qa,
            "forbidden_words": forbidden,
            "over_promise": over,
            "next_step": "X" in qa,
            "closing": "C" in qa,
        },
        "customer_negative_turns": sorted(neg),
    }
    return {"id": cid, "industry": c["industry"], "scenario": c["scenario"],
            "tags": list(c["tags"]), "turns": turns, "labels": labels}


def main():
    calls = []
    for k in range(1, 5):
        part = load("calls_%d" % k)
        if len(part) != 10:
            print("calls_%d.py has %d calls, expected 10" % (k, len(part)))
            return 1
        calls.extend(part)
    errors = []
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        errors.append("call numbers are not exactly 1..40")
    out = [build_one(c, errors) for c in calls]

    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    for r in RISKS:
        if risk[r] != 10:
            errors.append("risk %s has %d calls, expected 10" % (r, risk[r]))
    ind = collections.Counter(o["industry"] for o in out)
    if set(ind) != INDUSTRIES:
        errors.append("not all industries used: %s" % dict(ind))
    long_calls = sum(1 for o in out if 20 <= len(o["turns"]) <= 30)
    if long_calls < 20:
        errors.append("only %d calls with 20-30 turns" % long_calls)

    if errors:
        print("\n".join(errors))
        print("%d problem(s); nothing written" % len(errors))
        return 1

    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    n_turns = sum(len(o["turns"]) for o in out)
    spans = collections.Counter()
    calls_with = collections.Counter()
    for o in out:
        cats = [s["category"] for s in o["labels"]["churn_signals"]]
        spans.update(cats)
        calls_with.update(set(cats))
    q = [o["labels"]["qa"] for o in out]
    print("wrote %d calls, %d turns, %d calls with 20-30 turns" % (len(out), n_turns, long_calls))
    print("risk:", dict(risk))
    print("industry:", dict(ind))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
    print("calls per category:", {k: calls_with[k] for k in CATEGORIES})
    for item in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print("qa %s missing in %d calls" % (item, sum(1 for x in q if not x[item])))
    print("forbidden words in %d calls (%d spans), over-promise in %d calls (%d spans)" % (
        sum(1 for x in q if x["forbidden_words"]), sum(len(x["forbidden_words"]) for x in q),
        sum(1 for x in q if x["over_promise"]), sum(len(x["over_promise"]) for x in q)))
    print("customer negative turns: %d" % sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    print("hard_negative calls: %d, negation calls: %d" % (
        sum(1 for o in out if "hard_negative" in o["tags"]), sum(1 for o in out if "negation" in o["tags"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
