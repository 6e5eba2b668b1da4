import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errs = []
def find(turns, ev, who, n):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"{n}: evidence {ev!r} in turns {hits}")
        return -1
    i = hits[0]
    if who and turns[i]["speaker"] != who:
        errs.append(f"{n}: evidence {ev!r} not in a {who} turn")
    return i
for c in CALLS:
    n = c["n"]; cid = f"call-u133-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        line = line.strip()
        sp, text = line.split(" ", 1)
        if sp.endswith("!"): neg.append(len(turns)); sp = sp[:-1]
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    for t in turns:
        if bad.search(t["text"]): errs.append(f"{n}: bad char in {t['text']!r}")
    if bad.search(c["sc"]): errs.append(f"{n}: bad char in scenario")
    if not 8 <= len(turns) <= 30: errs.append(f"{n}: {len(turns)} turns")
    sigs = [{"category": cat, "turn": find(turns, ev, None, n), "evidence": ev} for cat, ev in c.get("sig", [])]
    if (c["risk"] == "none") != (not sigs): errs.append(f"{n}: risk/signals mismatch")
    miss = set(c.get("miss", []))
    qa = {k: k not in miss for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, ev, "rep", n), "evidence": ev} for ev in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, ev, "rep", n), "evidence": ev} for ev in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{n}: greeting check")
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if cl != qa["closing"]: errs.append(f"{n}: closing check")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
from collections import Counter
print("calls", len(CALLS), Counter(c["risk"] for c in CALLS), Counter(c["ind"] for c in CALLS))
print("turns", sum(len(c["t"].strip().split("\n")) for c in CALLS))
print("\n".join(errs) or "no errors")
