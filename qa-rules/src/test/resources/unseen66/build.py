import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []

def find(turns, ev, speaker=None, hint=None):
    if hint is not None:
        assert ev in turns[hint]["text"], ev
        return hint
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1:
        problems.append(f"evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

for c in CALLS:
    cid = f"call-u66-{c['n']:02d}"
    turns, neg = [], []
    for line in c["text"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        if BAD.search(text):
            problems.append(f"{cid}: bad char in {text!r}")
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        sigs.append({"category": cat, "turn": find(turns, ev, hint=s[2] if len(s) > 2 else None), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    # heuristics
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != any(g in reps[0] for g in ("您好", "你好")):
        problems.append(f"{cid}: greeting mismatch")
    if qa["closing"] != any(g in reps[-1] for g in ("谢谢", "感谢", "祝")):
        problems.append(f"{cid}: closing mismatch")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk/signals mismatch")
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

from collections import Counter
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
print("turns", sorted(len(c["text"].strip().split("\n")) for c in CALLS))
print("\n".join(problems) or "build OK")
