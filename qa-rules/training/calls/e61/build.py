"""Build call-e61-NN.json from calls_1.py .. calls_4.py and self-check the labels."""
import json, os, re, sys, importlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []

def P(msg):
    problems.append(msg)

def parse_turns(block, cid):
    turns, neg = [], []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        if tag not in ("R", "C", "C!"):
            P(f"{cid}: bad speaker tag {tag!r}")
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": spk, "text": text.strip()})
    return turns, neg

def locate(turns, ev, cid, what, turn=None, speaker=None):
    idx = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if turn is not None:
        if turn not in idx:
            P(f"{cid}: {what} evidence {ev!r} not in turn {turn}")
        return turn
    if len(idx) != 1:
        P(f"{cid}: {what} evidence {ev!r} found in turns {idx} (need exactly one)")
        return idx[0] if idx else -1
    return idx[0]

calls = []
for k in range(1, 5):
    calls += importlib.import_module(f"calls_{k}").CALLS

all_texts = Counter()
stats = Counter()
for c in calls:
    cid = f"call-e61-{c['n']:02d}"
    turns, neg = parse_turns(c["turns"], cid)
    for t in turns:
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]):
            P(f"{cid}: latin letter or digit in {t['text']!r}")
        all_texts[t["text"]] += 1
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        sigs.append({"category": cat, "turn": locate(turns, ev, cid, cat, turn), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = dict(zip(QA_KEYS, [ch == "1" for ch in c["qa"]]))
    fw = [{"turn": locate(turns, e, cid, "forbidden", speaker="rep"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": locate(turns, e, cid, "over_promise", speaker="rep"), "evidence": e} for e in c.get("op", [])]
    # heuristic checks of QA booleans
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]:
        P(f"{cid}: greeting flag {qa['greeting']} vs first rep turn")
    cl = any(w in reps[-1] for w in ("谢", "祝"))
    if cl != qa["closing"]:
        P(f"{cid}: closing flag {qa['closing']} vs last rep turn {reps[-1]!r}")
    if c["risk"] == "none" and sigs:
        P(f"{cid}: none call with signals")
    if c["risk"] != "none" and not sigs:
        P(f"{cid}: {c['risk']} call without signals")
    for i in neg:
        if turns[i]["speaker"] != "customer":
            P(f"{cid}: negative turn {i} not customer")
    if not 10 <= len(turns) <= 30:
        P(f"{cid}: {len(turns)} turns")
    obj = {
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                   "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": neg,
        },
    }
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats["turns"] += len(turns)
    stats["long" if len(turns) >= 20 else "short"] += 1
    stats["risk_" + c["risk"]] += 1
    stats["ind_" + c["industry"]] += 1
    stats["signals"] += len(sigs)
    for cat in {s["category"] for s in sigs}:
        stats["cat_" + cat] += 1
    for k2 in QA_KEYS:
        if not qa[k2]:
            stats["qa_miss_" + k2] += 1
    stats["calls_fw"] += bool(fw)
    stats["calls_op"] += bool(op)
    stats["neg_turns"] += len(neg)
    for tg in c["tags"]:
        stats["tag_" + tg] += 1

for t, n in all_texts.items():
    if n > 1:
        P(f"turn text used {n} times across calls: {t!r}")
ids = sorted(c["n"] for c in calls)
if ids != list(range(1, 41)):
    P(f"call numbers {ids}")
for k in sorted(stats):
    print(f"{k}: {stats[k]}")
print(f"{len(problems)} problems")
for p in problems:
    print("  -", p)
