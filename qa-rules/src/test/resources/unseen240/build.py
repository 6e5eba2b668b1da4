#!/usr/bin/env python3
"""Build call-u240-NN.json from calls_1.py .. calls_4.py and check every label.

Checks: evidence strings are exact substrings of their turn; QA spans sit on rep turns;
negative turns are customer turns; text uses no Latin letters, Arabic digits or ASCII
characters; 10-28 turns; 10 calls per churn_risk; all eight industries; `none` calls carry
no signals and every other call at least one; greeting / closing flags agree with the text.
Run: python3 build.py   (writes the JSON files next to this script)
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
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}


def load_calls():
    calls = []
    for n in range(1, 5):
        path = os.path.join(HERE, "calls_%d.py" % n)
        spec = importlib.util.spec_from_file_location("calls_%d" % n, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def check_and_convert(call, errors):
    cid = call["id"]

    def err(msg):
        errors.append("%s: %s" % (cid, msg))

    if not re.fullmatch(r"call-u240-\d\d", cid):
        err("bad id")
    if call["industry"] not in INDUSTRIES:
        err("bad industry %r" % call["industry"])
    turns = []
    for i, (sp, text) in enumerate(call["turns"]):
        if sp not in SPEAKER:
            err("turn %d bad speaker %r" % (i, sp))
        bad = [ch for ch in text if ord(ch) < 128]
        if bad:
            err("turn %d has ASCII characters %r" % (i, "".join(bad)))
        if re.search(r"[Ａ-Ｚａ-ｚ０-９]", text):
            err("turn %d has full-width Latin letters or digits" % i)
        turns.append({"speaker": SPEAKER.get(sp, sp), "text": text})
    for field in ("scenario",):
        if any(ord(ch) < 128 for ch in call[field]):
            err("%s has ASCII characters" % field)
    n = len(turns)
    if not 10 <= n <= 28:
        err("turn count %d outside 10-28" % n)

    risk = call["risk"]
    if risk not in RISKS:
        err("bad risk %r" % risk)
    signals = []
    for cat, t, ev in call["signals"]:
        if cat not in CATEGORIES:
            err("bad category %r" % cat)
        if not 0 <= t < n:
            err("signal turn %d out of range" % t)
            continue
        pos = turns[t]["text"].find(ev)
        if pos < 0:
            err("signal evidence %r not in turn %d" % (ev, t))
        signals.append((t, pos, {"category": cat, "turn": t, "evidence": ev}))
    signals.sort(key=lambda x: (x[0], x[1]))
    if risk == "none" and signals:
        err("none call with signals")
    if risk != "none" and not signals:
        err("%s call without signals" % risk)

    qa = call["qa"]

    def spans(key):
        out = []
        for t, ev in qa[key]:
            if not 0 <= t < n:
                err("%s turn %d out of range" % (key, t))
                continue
            if turns[t]["speaker"] != "rep":
                err("%s span on non-rep turn %d" % (key, t))
            if ev not in turns[t]["text"]:
                err("%s evidence %r not in turn %d" % (key, ev, t))
            out.append({"turn": t, "evidence": ev})
        return out

    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep = turns[rep_idx[0]]["text"]
    last_rep = turns[rep_idx[-1]]["text"]
    if bool(qa["g"]) != ("您好" in first_rep or "你好" in first_rep):
        err("greeting flag disagrees with first rep turn")
    if bool(qa["cl"]) != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        err("closing flag disagrees with last rep turn")
    for t in call["neg"]:
        if not 0 <= t < n or turns[t]["speaker"] != "customer":
            err("negative turn %d is not a customer turn" % t)

    return {
        "id": cid,
        "industry": call["industry"],
        "scenario": call["scenario"],
        "tags": call["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": risk,
            "churn_signals": [s[2] for s in signals],
            "qa": {
                "greeting": bool(qa["g"]),
                "self_intro": bool(qa["s"]),
                "needs_discovery": bool(qa["n"]),
                "forbidden_words": spans("fw"),
                "over_promise": spans("op"),
                "next_step": bool(qa["ns"]),
                "closing": bool(qa["cl"]),
            },
            "customer_negative_turns": sorted(call["neg"]),
        },
    }


def main():
    calls = load_calls()
    errors = []
    out = [check_and_convert(c, errors) for c in calls]
    ids = [c["id"] for c in out]
    if len(ids) != 40 or len(set(ids)) != 40:
        errors.append("expected 40 unique ids, got %d (%d unique)" % (len(ids), len(set(ids))))
    if sorted(ids) != ["call-u240-%02d" % i for i in range(1, 41)]:
        errors.append("ids are not call-u240-01 .. call-u240-40")
    risk_count = collections.Counter(c["labels"]["churn_risk"] for c in out)
    for r in RISKS:
        if risk_count[r] != 10:
            errors.append("risk %s has %d calls, expected 10" % (r, risk_count[r]))
    ind_count = collections.Counter(c["industry"] for c in out)
    missing = INDUSTRIES - set(ind_count)
    if missing:
        errors.append("industries missing: %s" % sorted(missing))

    if errors:
        print("\n".join(errors))
        print("%d problems; nothing written" % len(errors))
        sys.exit(1)

    for c in out:
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    n_turns = sum(len(c["turns"]) for c in out)
    spans = collections.Counter()
    calls_with = collections.Counter()
    for c in out:
        cats = [s["category"] for s in c["labels"]["churn_signals"]]
        spans.update(cats)
        calls_with.update(set(cats))
    qa_missing = collections.Counter()
    fw = op = 0
    for c in out:
        q = c["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_missing[k] += 1
        fw += bool(q["forbidden_words"])
        op += bool(q["over_promise"])
    neg = sum(len(c["labels"]["customer_negative_turns"]) for c in out)
    lengths = [len(c["turns"]) for c in out]
    print("wrote %d calls, %d turns (min %d, max %d)" % (len(out), n_turns, min(lengths), max(lengths)))
    print("industries:", dict(sorted(ind_count.items())))
    print("churn_risk:", {r: risk_count[r] for r in RISKS})
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
    print("calls containing category:", {k: calls_with[k] for k in CATEGORIES})
    print("qa missing:", dict(qa_missing), "forbidden_words calls:", fw, "over_promise calls:", op)
    print("customer negative turns:", neg)
    print("0 problems")


if __name__ == "__main__":
    main()
