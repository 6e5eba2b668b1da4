#!/usr/bin/env python3
"""Build call-u238-NN.json from calls_1.py ... calls_4.py and check the labels mechanically."""
import collections
import json
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = ["price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD_CHARS = re.compile(r"[A-Za-z0-9]|[" + re.escape(string.punctuation) + r"]|\s")

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


def check_text(cid, where, text):
    m = BAD_CHARS.search(text)
    if m:
        bad(cid, f"{where}: forbidden character {m.group()!r} in {text!r}")


def build(c):
    cid = c["id"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    check_text(cid, "scenario", c["scenario"])
    for i, t in enumerate(turns):
        check_text(cid, f"turn {i}", t["text"])
    if not 10 <= len(turns) <= 24:
        bad(cid, f"{len(turns)} turns (style wants 10-24)")
    if turns[0]["speaker"] != "rep":
        bad(cid, "first turn is not the rep")
    if c["industry"] not in INDUSTRIES:
        bad(cid, f"unknown industry {c['industry']}")
    if c["risk"] not in RISKS:
        bad(cid, f"unknown risk {c['risk']}")

    def span(kind, turn, ev, speaker=None):
        if not 0 <= turn < len(turns):
            bad(cid, f"{kind}: turn {turn} out of range")
            return
        if ev not in turns[turn]["text"]:
            bad(cid, f"{kind}: evidence {ev!r} not in turn {turn}: {turns[turn]['text']!r}")
        if speaker and turns[turn]["speaker"] != speaker:
            bad(cid, f"{kind}: turn {turn} is not a {speaker} turn")
        check_text(cid, f"{kind} evidence", ev)

    signals = []
    for cat, turn, ev in c["signals"]:
        if cat not in CATEGORIES:
            bad(cid, f"unknown category {cat}")
        span(f"signal {cat}", turn, ev)
        signals.append({"category": cat, "turn": turn, "evidence": ev})
    if c["risk"] == "none" and signals:
        bad(cid, "risk none but has signals")
    if c["risk"] != "none" and not signals:
        bad(cid, f"risk {c['risk']} but no signals")

    # tags name the churn categories present (competitor / price as *_mention)
    tag_of = {"competitor": "competitor_mention", "price": "price_mention"}
    present = {s["category"] for s in signals}
    for cat in present:
        if tag_of.get(cat, cat) not in c["tags"]:
            bad(cid, f"tag for present category {cat} missing")
    for cat in CATEGORIES:
        if cat not in tag_of and cat in c["tags"] and cat not in present:
            bad(cid, f"tag {cat} without a {cat} signal")

    q = c["qa"]
    for turn, ev in q["forbidden"]:
        span("forbidden_words", turn, ev, "rep")
    for turn, ev in q["over"]:
        span("over_promise", turn, ev, "rep")
    for t in c["neg"]:
        if not 0 <= t < len(turns) or turns[t]["speaker"] != "customer":
            bad(cid, f"customer_negative_turns: {t} is not a customer turn")

    # sanity checks of the boolean QA items against the guide's wording
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep = turns[rep_idx[0]]["text"]
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != q["greeting"]:
        bad(cid, f"greeting label {q['greeting']} but first rep turn: {first_rep!r}")
    last_rep = turns[rep_idx[-1]]["text"]
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != q["closing"]:
        bad(cid, f"closing label {q['closing']} but last rep turn: {last_rep!r}")

    return {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": signals,
            "qa": {
                "greeting": q["greeting"],
                "self_intro": q["self_intro"],
                "needs_discovery": q["needs_discovery"],
                "forbidden_words": [{"turn": t, "evidence": e} for t, e in q["forbidden"]],
                "over_promise": [{"turn": t, "evidence": e} for t, e in q["over"]],
                "next_step": q["next_step"],
                "closing": q["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    ids = [c["id"] for c in calls]
    expected = [f"call-u238-{i:02d}" for i in range(1, 41)]
    if ids != expected:
        problems.append(f"ids are not call-u238-01..40 in order: {ids}")
    out = [build(c) for c in calls]

    risk = collections.Counter(c["labels"]["churn_risk"] for c in out)
    ind = collections.Counter(c["industry"] for c in out)
    for r in RISKS:
        if risk[r] != 10:
            problems.append(f"churn_risk {r}: {risk[r]} calls, want 10")
    if set(ind) != INDUSTRIES:
        problems.append(f"industries used: {sorted(ind)}")
    # identical turn texts across calls would hint at copy-paste
    seen = {}
    for c in out:
        for i, t in enumerate(c["turns"]):
            if len(t["text"]) > 8 and t["text"] in seen:
                problems.append(f"{c['id']} turn {i} repeats {seen[t['text']]}")
            seen.setdefault(t["text"], f"{c['id']} turn {i}")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        sys.exit(1)

    for c in out:
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # statistics for the README
    n_turns = sum(len(c["turns"]) for c in out)
    spans = collections.Counter()
    calls_with = collections.Counter()
    for c in out:
        cats = [s["category"] for s in c["labels"]["churn_signals"]]
        spans.update(cats)
        calls_with.update(set(cats))
    qa = c_qa = collections.Counter()
    for c in out:
        q = c["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa[k + " missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_words calls"] += 1
        if q["over_promise"]:
            qa["over_promise calls"] += 1
    neg = sum(len(c["labels"]["customer_negative_turns"]) for c in out)
    lens = [len(c["turns"]) for c in out]
    print(f"wrote {len(out)} calls, {n_turns} turns (min {min(lens)}, max {max(lens)})")
    print("churn_risk:", dict(risk))
    print("industries:", dict(ind))
    print(f"signal spans: {sum(spans.values())}")
    for cat in CATEGORIES:
        print(f"  {cat}: {spans[cat]} spans in {calls_with[cat]} calls")
    print("qa:", dict(qa))
    print("customer negative turns:", neg)
    tags = collections.Counter(t for c in out for t in c["tags"])
    print("tags:", dict(tags))


if __name__ == "__main__":
    main()
