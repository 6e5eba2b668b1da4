import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
SPK = {"R": "rep", "C": "customer"}
bad = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
errs = []
for c in CALLS:
    cid = "call-u77-%02d" % c["num"]
    turns = [{"speaker": SPK[s], "text": t} for s, t in c["turns"]]
    if not 8 <= len(turns) <= 30: errs.append((cid, "turn count", len(turns)))
    for i, t in enumerate(turns):
        m = bad.search(t["text"])
        if m: errs.append((cid, i, "bad char", m.group()))
    def chk(turn, ev, who=None):
        if ev not in turns[turn]["text"]: errs.append((cid, turn, "evidence not found", ev))
        if who and turns[turn]["speaker"] != who: errs.append((cid, turn, "wrong speaker", ev))
    sigs = []
    for cat, turn, ev in c["signals"]:
        chk(turn, ev); sigs.append({"category": cat, "turn": turn, "evidence": ev})
    for turn, ev in c["fw"] + c["op"]: chk(turn, ev, "rep")
    for i in c["neg"]:
        if turns[i]["speaker"] != "customer": errs.append((cid, i, "neg on rep turn"))
    if (c["risk"] == "none") != (not sigs): errs.append((cid, "risk/signals mismatch"))
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["fw"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
print("errors:", errs)
print("calls", len(CALLS), "turns", sum(len(c["turns"]) for c in CALLS))
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
print("cats", Counter(cat for c in CALLS for cat in {s[0] for s in c["signals"]}), "spans", sum(len(c["signals"]) for c in CALLS))
print("miss", Counter(m for c in CALLS for m in c["miss"]), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]), "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("turn lengths", sorted(len(c["turns"]) for c in CALLS))
