import json, re, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from calls_def import C
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~ ]')
errs = []
for i, d in enumerate(C, 1):
    cid = f"call-u21-{i:02d}"
    turns = [{"speaker": "rep" if k % 2 == 0 else "customer", "text": t} for k, t in enumerate(d["turns"])]
    def chk(turn, ev, who=None):
        hits = [k for k, t in enumerate(d["turns"]) if ev in t]
        if hits != [turn]: errs.append(f"{cid}: '{ev}' in turns {hits}, labeled {turn}")
        if who and turns[turn]["speaker"] != who: errs.append(f"{cid}: turn {turn} not {who}")
    for cat, t, ev in d["sig"]: chk(t, ev)
    for t, ev in d["fw"] + d["op"]: chk(t, ev, "rep")
    for t in d["neg"]:
        if turns[t]["speaker"] != "customer": errs.append(f"{cid}: neg {t} not customer")
    for k, t in enumerate(d["turns"]):
        if bad.search(t): errs.append(f"{cid}: bad char in turn {k}: {bad.findall(t)}")
    if (d["risk"] == "none") != (not d["sig"]): errs.append(f"{cid}: risk/signals mismatch")
    q = d["qa"]
    rec = {"id": cid, "industry": d["ind"], "scenario": d["scen"], "tags": d["tags"], "turns": turns,
           "labels": {"churn_risk": d["risk"],
                      "churn_signals": [{"category": c, "turn": t, "evidence": e} for c, t, e in d["sig"]],
                      "qa": {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in d["fw"]],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in d["op"]],
                             "next_step": "X" in q, "closing": "C" in q},
                      "customer_negative_turns": sorted(d["neg"])}}
    json.dump(rec, open(os.path.join(out, cid + ".json"), "w"), ensure_ascii=False, indent=1)
print("\n".join(errs) or "build ok", len(C))
# stats
from collections import Counter
R = Counter(d["risk"] for d in C); print("risk", dict(R))
cat = Counter(); [cat.update(set(s[0] for s in d["sig"])) for d in C]; print("cats(calls)", dict(cat))
print("spans", sum(len(d["sig"]) for d in C))
print("ind", dict(Counter(d["ind"] for d in C)))
L = [len(d["turns"]) for d in C]; print("len short", sum(l <= 10 for l in L), "med", sum(11 <= l <= 16 for l in L), "long", sum(l >= 17 for l in L), "turns", sum(L))
for k, n in zip("GSNXC", ["greeting", "self_intro", "needs", "next_step", "closing"]): print(n, "missing", sum(k not in d["qa"] for d in C))
print("fw calls", sum(bool(d["fw"]) for d in C), "op calls", sum(bool(d["op"]) for d in C), "neg turns", sum(len(d["neg"]) for d in C))
print("hard_neg", sum("hard_negative" in d["tags"] for d in C))
