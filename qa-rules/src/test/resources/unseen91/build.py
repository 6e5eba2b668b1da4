# -*- coding: utf-8 -*-
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
QA_BOOL = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []

def locate(turns, ev, who=None, turn=None):
    idx = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if turn is not None:
        idx = [turn] if turn in idx else []
    if len(idx) != 1:
        problems.append(f"evidence {ev!r} found in turns {idx}")
        return idx[0] if idx else -1
    return idx[0]

for n, c in enumerate(CALLS, 1):
    cid = f"call-u91-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": spk, "text": text})
        if BAD.search(text):
            problems.append(f"{cid}: bad chars in {text!r}: {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = locate(turns, ev, None, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = {k: k not in c["miss"] for k in QA_BOOL}
    fw = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["op"]]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = any(w in reps[0] for w in ("您好", "你好"))
    if g != qa["greeting"]:
        problems.append(f"{cid}: greeting mismatch")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        problems.append(f"{cid}: closing mismatch")
    if (c["risk"] == "none") != (len(sigs) == 0):
        problems.append(f"{cid}: risk/signals mismatch")
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
              "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                     "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
              "customer_negative_turns": neg}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns, "labels": labels}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    c["_n"] = len(turns); c["_id"] = cid; c["_sigs"] = sigs; c["_neg"] = neg

print("calls", len(CALLS))
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["ind"] for c in CALLS))
cats = Counter(); spans = 0
for c in CALLS:
    spans += len(c["_sigs"])
    for k in {s["category"] for s in c["_sigs"]}:
        cats[k] += 1
print("calls per category", dict(cats.most_common()), "spans", spans)
print("turns", sum(c["_n"] for c in CALLS), sorted(c["_n"] for c in CALLS))
print("neg turns", sum(len(c["_neg"]) for c in CALLS))
miss = Counter(m for c in CALLS for m in c["miss"])
print("qa misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if c["fw"]), "over_promise calls", sum(1 for c in CALLS if c["op"]))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("PROBLEMS", len(problems))
for p in problems:
    print(" ", p)
