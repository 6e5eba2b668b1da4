#!/usr/bin/env python3
"""Build call-e35-NN.json from calls_def.py and check labels mechanically.

Markup in calls_def.py: a turn line starts with "R " (rep), "C " (customer) or
"C! " (customer turn with negative emotion). Inside the text, {cat:phrase} marks
a churn signal of category cat, {op:phrase} an over-promise and {fw:phrase} a
forbidden phrase; the braces and the "cat:" prefix are stripped from the text.
"""
import json, os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
MARK = re.compile(r"\{(\w+):([^{}]+)\}")
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]


def parse(n, c):
    turns, signals, op, fw, neg = [], [], [], [], []
    lines = [l.strip() for l in c["turns"].strip().splitlines() if l.strip()]
    for i, line in enumerate(lines):
        tag, _, raw = line.partition(" ")
        speaker = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(i)
        text = MARK.sub(lambda m: m.group(2), raw)
        for m in MARK.finditer(raw):
            cat, ev = m.group(1), m.group(2)
            assert ev in text
            if cat == "op":
                op.append({"turn": i, "evidence": ev})
            elif cat == "fw":
                fw.append({"turn": i, "evidence": ev})
            else:
                assert cat in CATS, (n, cat)
                signals.append({"category": cat, "turn": i, "evidence": ev})
        turns.append({"speaker": speaker, "text": text})
    return turns, signals, op, fw, neg


def main():
    problems = []
    stats = Counter()
    cat_calls = Counter()
    qa_miss = Counter()
    assert len(CALLS) == 60, len(CALLS)
    for n, c in enumerate(CALLS, 1):
        cid = f"call-e35-{n:02d}"
        i = n - 1
        industry = INDUSTRIES[i % 8]
        risk = RISKS[(i + i // 8) % 4]
        if c["risk"] != risk:
            problems.append(f"{cid}: planned risk {risk}, got {c['risk']}")
        turns, signals, op, fw, neg = parse(n, c)
        off = set(c.get("qa", "").split())
        qa = {k: ("-" + k) not in off for k in QA_BOOLS}
        # mechanical checks
        if not 8 <= len(turns) <= 30:
            problems.append(f"{cid}: {len(turns)} turns")
        for t in turns:
            bad = [ch for ch in t["text"] if ord(ch) < 128]
            if bad:
                problems.append(f"{cid}: ascii {bad!r} in {t['text']}")
        for s in op + fw:
            if turns[s["turn"]]["speaker"] != "rep":
                problems.append(f"{cid}: qa span on customer turn {s}")
        for k in neg:
            assert turns[k]["speaker"] == "customer"
        if (risk == "none") != (not signals):
            problems.append(f"{cid}: risk {risk} with {len(signals)} signals")
        rep_idx = [k for k, t in enumerate(turns) if t["speaker"] == "rep"]
        first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
        if qa["greeting"] != ("您好" in first or "你好" in first):
            problems.append(f"{cid}: greeting label {qa['greeting']} vs first rep turn")
        if qa["closing"] != any(w in last for w in ("谢", "祝")):
            problems.append(f"{cid}: closing label {qa['closing']} vs last rep turn")
        tags = list(c.get("tags", []))
        for s in signals:
            if s["category"] not in tags:
                tags.append(s["category"])
        if op and "over_promise" not in tags:
            tags.append("over_promise")
        if len(turns) <= 10:
            tags.append("short")
        out = {
            "id": cid, "industry": industry, "scenario": c["scenario"], "tags": tags,
            "turns": turns,
            "labels": {
                "churn_risk": risk, "churn_signals": signals,
                "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                       "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                       "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                "customer_negative_turns": neg,
            },
        }
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats["turns"] += len(turns)
        stats["signals"] += len(signals)
        stats["neg"] += len(neg)
        stats[risk] += 1
        stats["ind_" + industry] += 1
        stats["fw_calls"] += bool(fw)
        stats["op_calls"] += bool(op)
        stats["hard_negative"] += "hard_negative" in tags
        stats["negation"] += "negation" in tags
        stats["calls_with_miss"] += any(not v for v in qa.values())
        stats["len_short(<=10)"] += len(turns) <= 10
        stats["len_medium(11-17)"] += 11 <= len(turns) <= 17
        stats["len_long(>=18)"] += len(turns) >= 18
        for k, v in qa.items():
            if not v:
                qa_miss[k] += 1
        for cat in {s["category"] for s in signals}:
            cat_calls[cat] += 1
    for p in problems:
        print("PROBLEM", p)
    print(dict(stats))
    print("calls per category:", dict(cat_calls.most_common()))
    print("qa missing:", dict(qa_miss))
    print(f"{len(problems)} problems")


if __name__ == "__main__":
    main()
