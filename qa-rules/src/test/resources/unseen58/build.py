import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
problems = []

def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        raise SystemExit(f"evidence {ev!r} found in turns {hits}")
    return hits[0]

for c in CALLS:
    cid = f"call-u58-{c['n']:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        tag, text = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(text) or " " in text:
            problems.append(f"{cid}: bad char in {text}")
        turns.append({"speaker": sp, "text": text})
    sigs = [{"category": cat, "turn": find(turns, ev), "evidence": ev} for cat, ev in c["sig"]]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        problems.append(f"{cid}: greeting mismatch")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk/signals mismatch")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)

print("problems:", problems or 0)
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["ind"] for c in CALLS))
cats = Counter(cat for c in CALLS for cat in {s[0] for s in c["sig"]})
print("calls per category", dict(cats), "spans", sum(len(c["sig"]) for c in CALLS))
print("turn counts", sorted(len(c["t"].strip().splitlines()) for c in CALLS))
print("miss", Counter(m for c in CALLS for m in c["miss"]), "calls with miss", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("neg turns", sum(c["t"].count("\nC! ") for c in CALLS))
