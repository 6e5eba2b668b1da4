import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
out = os.path.dirname(os.path.abspath(__file__))
errs = []
for i, c in enumerate(CALLS, 1):
    cid = f"call-u50-{i:02d}"
    turns = []
    for t in c["turns"]:
        sp, text = t.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            errs.append(f"{cid}: bad char in {text!r}")
    if BAD.search(c["scen"]):
        errs.append(f"{cid}: bad char in scenario")
    n = len(turns)
    if not 8 <= n <= 30:
        errs.append(f"{cid}: {n} turns")
    def chk(turn, ev, who, what):
        if not (0 <= turn < n):
            errs.append(f"{cid}: {what} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            errs.append(f"{cid}: {what} evidence {ev!r} not in turn {turn}")
        if who and turns[turn]["speaker"] != who:
            errs.append(f"{cid}: {what} turn {turn} is not {who}")
    for cat, t, ev in c["sig"]:
        chk(t, ev, None, cat)
    for t, ev in c["fw"]:
        chk(t, ev, "rep", "forbidden")
    for t, ev in c["op"]:
        chk(t, ev, "rep", "over_promise")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            errs.append(f"{cid}: neg turn {t} not customer")
    if (c["risk"] == "none") != (not c["sig"]):
        errs.append(f"{cid}: risk/signals mismatch")
    q = c["qa"]
    rec = {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
            "qa": {
                "greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
                "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                "next_step": "x" in q, "closing": "c" in q,
            },
            "customer_negative_turns": c["neg"],
        },
    }
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")

print("\n".join(errs) or "build ok, no errors")
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["ind"] for c in CALLS))
cats = Counter(); spans = 0
for c in CALLS:
    spans += len(c["sig"])
    for k in {s[0] for s in c["sig"]}: cats[k] += 1
print("calls per category", dict(cats), "spans", spans)
print("turns", sum(len(c["turns"]) for c in CALLS), sorted(len(c["turns"]) for c in CALLS))
miss = Counter()
for c in CALLS:
    for k, nm in zip("gsnxc", ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]):
        if k not in c["qa"]: miss[nm] += 1
print("qa missing", dict(miss), "calls with a miss", sum(1 for c in CALLS if len(c["qa"]) < 5))
print("forbidden calls", sum(1 for c in CALLS if c["fw"]), "over_promise calls", sum(1 for c in CALLS if c["op"]))
print("neg turns", sum(len(c["neg"]) for c in CALLS), "hard_negative", sum("hard_negative" in c["tags"] for c in CALLS))
