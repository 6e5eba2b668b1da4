#!/usr/bin/env python3
"""Build call-u62-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []


def locate(turns, ev, want=None, idx=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if idx is not None:
        hits = [idx] if idx in hits else []
    if len(hits) != 1:
        raise ValueError(f"evidence {ev!r} found in turns {hits}")
    i = hits[0]
    if want and turns[i]["speaker"] != want:
        raise ValueError(f"evidence {ev!r} in {turns[i]['speaker']} turn, want {want}")
    return i


for n, c in enumerate(CALLS, 1):
    cid = f"call-u62-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(text) or " " in text:
            problems.append(f"{cid}: bad char in {text!r}")
        turns.append({"speaker": sp, "text": text})
    try:
        sigs = []
        for s in c["sig"]:
            cat, ev = s[0], s[1]
            assert cat in CATS, cat
            sigs.append({"category": cat, "turn": locate(turns, ev, None, s[2] if len(s) > 2 else None), "evidence": ev})
        sigs.sort(key=lambda x: (x["turn"], turns[x["turn"]]["text"].index(x["evidence"])))
        op = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["op"]]
        fw = [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    except Exception as e:
        problems.append(f"{cid}: {e}")
        continue
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa.update(forbidden_words=fw, over_promise=op)
    qa.update({k: k not in c["miss"] for k in ("next_step", "closing")})
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    # heuristic cross-checks of the QA booleans
    if qa["greeting"] != (("您好" in reps[0]) or ("你好" in reps[0])):
        problems.append(f"{cid}: greeting flag vs first rep turn")
    if qa["closing"] != any(w in reps[-1] for w in ("谢谢", "感谢", "祝")):
        problems.append(f"{cid}: closing flag vs last rep turn")
    if qa["needs_discovery"] != any("？" in r for r in reps) and qa["needs_discovery"]:
        problems.append(f"{cid}: needs_discovery true but no rep question")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk/signals mismatch")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
risk = Counter(c["risk"] for c in CALLS)
ind = Counter(c["ind"] for c in CALLS)
cat = Counter()
for c in CALLS:
    for k in {s[0] for s in c["sig"]}:
        cat[k] += 1
miss = Counter(m for c in CALLS for m in c["miss"])
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cat))
print("spans", sum(len(c["sig"]) for c in CALLS), "turns", sum(c["turns"].strip().count("\n") + 1 for c in CALLS))
print("lengths", sorted(c["turns"].strip().count("\n") + 1 for c in CALLS))
print("qa misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if c["fw"]), "over-promise calls", sum(1 for c in CALLS if c["op"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]),
      "negative turns", sum(c["turns"].count("C!|") for c in CALLS))
print("problems:", len(problems))
for p in problems:
    print(" ", p)
