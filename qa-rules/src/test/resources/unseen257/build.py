#!/usr/bin/env python3
"""Build call-u257-01.json ... call-u257-40.json from calls_1.py ... calls_4.py.

Checks (fails loudly): every evidence is an exact substring of its turn; QA spans sit on rep
turns; negative turns are customer turns; 8-30 turns; none <=> no signals; 10 calls per risk
level; all eight industries; text uses no ASCII, Latin letters or digits.
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
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[\x00-\x7f０-９Ａ-Ｚａ-ｚ]")

errors = []


def err(msg):
    errors.append(msg)


def check_text(where, s):
    m = BAD_CHARS.search(s)
    if m:
        err(f"{where}: forbidden character {m.group()!r} in {s!r}")


def build_one(c):
    cid = f"call-u257-{c['n']:02d}"
    turns = [{"speaker": sp, "text": tx} for sp, tx in c["turns"]]
    if not 8 <= len(turns) <= 30:
        err(f"{cid}: {len(turns)} turns")
    for i, t in enumerate(turns):
        if t["speaker"] not in ("rep", "customer"):
            err(f"{cid} turn {i}: bad speaker")
        check_text(f"{cid} turn {i}", t["text"])
    check_text(f"{cid} scenario", c["scenario"])
    if c["industry"] not in INDUSTRIES:
        err(f"{cid}: bad industry {c['industry']}")
    if c["risk"] not in RISKS:
        err(f"{cid}: bad risk {c['risk']}")

    def span_ok(kind, t, ev, want=None):
        if not 0 <= t < len(turns):
            err(f"{cid} {kind}: turn {t} out of range")
            return
        if ev not in turns[t]["text"]:
            err(f"{cid} {kind}: evidence {ev!r} not in turn {t}: {turns[t]['text']!r}")
        if want and turns[t]["speaker"] != want:
            err(f"{cid} {kind}: turn {t} is not a {want} turn")

    signals = []
    for cat, t, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(f"{cid}: bad category {cat}")
        span_ok("signal", t, ev)
        signals.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not signals):
        err(f"{cid}: risk {c['risk']} with {len(signals)} signals")

    q = c["qa"]
    qa = {}
    for k in ("greeting", "self_intro", "needs_discovery"):
        qa[k] = bool(q[k])
    for k in ("forbidden_words", "over_promise"):
        qa[k] = []
        for t, ev in q[k]:
            span_ok(k, t, ev, "rep")
            qa[k].append({"turn": t, "evidence": ev})
    qa["next_step"] = bool(q["next_step"])
    qa["closing"] = bool(q["closing"])

    # consistency hints for the greeting rule
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_hello = ("您好" in first_rep) or ("你好" in first_rep)
    if has_hello != qa["greeting"]:
        err(f"{cid}: greeting={qa['greeting']} but first rep turn is {first_rep!r}")

    for t in c["neg"]:
        if not 0 <= t < len(turns) or turns[t]["speaker"] != "customer":
            err(f"{cid}: negative turn {t} is not a customer turn")

    tags = list(c["tags"])
    for cat in CATEGORIES:
        if any(s["category"] == cat for s in signals) and cat not in tags:
            tags.append(cat)

    return cid, {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": qa,
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    ns = [c["n"] for c in calls]
    if ns != list(range(1, 41)):
        err(f"call numbers are {ns}")
    out = [build_one(c) for c in calls]

    risk = collections.Counter(c["risk"] for c in calls)
    for r in RISKS:
        if risk[r] != 10:
            err(f"risk {r}: {risk[r]} calls (want 10)")
    inds = collections.Counter(c["industry"] for c in calls)
    if set(inds) != INDUSTRIES:
        err(f"industries missing: {INDUSTRIES - set(inds)}")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} build errors; nothing written")
        sys.exit(1)

    for cid, obj in out:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    n_turns = sum(len(o["turns"]) for _, o in out)
    spans = collections.Counter()
    calls_with = collections.Counter()
    for _, o in out:
        cats = [s["category"] for s in o["labels"]["churn_signals"]]
        spans.update(cats)
        calls_with.update(set(cats))
    qa_missing = collections.Counter()
    fw = op = negs = 0
    for _, o in out:
        qa = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not qa[k]:
                qa_missing[k] += 1
        fw += bool(qa["forbidden_words"])
        op += bool(qa["over_promise"])
        negs += len(o["labels"]["customer_negative_turns"])
    print(f"wrote {len(out)} calls, {n_turns} turns")
    print("risk:", dict(risk))
    print("industries:", dict(inds))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES},
          "total", sum(spans.values()))
    print("calls containing category:", {k: calls_with[k] for k in CATEGORIES})
    print("qa missing:", dict(qa_missing), "forbidden-word calls", fw,
          "over-promise calls", op, "negative customer turns", negs)


if __name__ == "__main__":
    main()
