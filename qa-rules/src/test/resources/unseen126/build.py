import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS, RISK
OUT = os.path.dirname(os.path.abspath(__file__))
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
assert len(CALLS) == 40 and len(RISK) == 40
errs = []
for i, c in enumerate(CALLS, 1):
    cid = "call-u126-%02d" % i
    turns = []
    for t in c["turns"]:
        sp = {"R": "rep", "C": "customer"}[t[0]]
        assert t[1] == " "
        text = t[2:]
        if bad.search(text):
            errs.append((cid, "bad char", text))
        turns.append({"speaker": sp, "text": text})
    def chk(turn, ev, who, what):
        if turns[turn]["speaker"] != who and who:
            errs.append((cid, what, "wrong speaker", turn))
        if ev not in turns[turn]["text"]:
            errs.append((cid, what, "evidence not found", turn, ev))
    sigs = []
    for cat, turn, ev in c.get("sig", []):
        chk(turn, ev, None, cat)
        sigs.append({"category": cat, "turn": turn, "evidence": ev})
    qa = {b: b not in c.get("miss", []) for b in BOOLS}
    qa["forbidden_words"] = []
    qa["over_promise"] = []
    for turn, ev in c.get("forb", []):
        chk(turn, ev, "rep", "forb"); qa["forbidden_words"].append({"turn": turn, "evidence": ev})
    for turn, ev in c.get("over", []):
        chk(turn, ev, "rep", "over"); qa["over_promise"].append({"turn": turn, "evidence": ev})
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]}
    for n in c["neg"]:
        if turns[n]["speaker"] != "customer":
            errs.append((cid, "neg on rep", n))
    risk = RISK[i - 1]
    if (risk == "none") != (not sigs):
        errs.append((cid, "risk/signal mismatch"))
    if not 8 <= len(turns) <= 30:
        errs.append((cid, "turn count"))
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
for e in errs:
    print(e)
print("build errors:", len(errs))
# stats
ind = collections.Counter(c["ind"] for c in CALLS)
risk = collections.Counter(RISK)
cats = collections.Counter(s for c in CALLS for s in set(x[0] for x in c.get("sig", [])))
nsig = sum(len(c.get("sig", [])) for c in CALLS)
miss = collections.Counter(m for c in CALLS for m in c.get("miss", []))
print("industries", dict(ind)); print("risk", dict(risk)); print("calls per category", dict(cats), "spans", nsig)
print("qa misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c.get("miss")))
print("forbidden calls", sum(1 for c in CALLS if c.get("forb")), "over-promise calls", sum(1 for c in CALLS if c.get("over")))
print("turns", sum(len(c["turns"]) for c in CALLS), "lengths", sorted(len(c["turns"]) for c in CALLS))
print("neg turns", sum(len(c["neg"]) for c in CALLS), "hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]))
