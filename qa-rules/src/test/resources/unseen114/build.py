import json, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
for c in CALLS:
    cid = "call-u114-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        sp, txt = t.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
        if bad.search(txt): errs.append((cid, "bad char", txt))
    def chk(turn, ev, who=None):
        if not (0 <= turn < len(turns)) or ev not in turns[turn]["text"]:
            errs.append((cid, "evidence", turn, ev))
        elif who and turns[turn]["speaker"] != who:
            errs.append((cid, "speaker", turn, ev))
    sigs = []
    for cat, turn, ev in c["signals"]:
        chk(turn, ev); sigs.append({"category": cat, "turn": turn, "evidence": ev})
    for turn, ev in c["forb"] + c["over"]: chk(turn, ev, "rep")
    for i in c["neg"]:
        if turns[i]["speaker"] != "customer": errs.append((cid, "neg not customer", i))
    if (c["risk"] == "none") != (not sigs): errs.append((cid, "risk/signals mismatch"))
    if not 8 <= len(turns) <= 30: errs.append((cid, "turn count"))
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["forb"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["over"]]
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = "closing" not in c["miss"]
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
print("errors:", errs or "none")
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
print("cats", Counter(cat for c in CALLS for cat in {s[0] for s in c["signals"]}))
print("spans", sum(len(c["signals"]) for c in CALLS), "turns", sum(len(c["turns"]) for c in CALLS))
print("misses", Counter(m for c in CALLS for m in c["miss"]), "calls with miss", sum(1 for c in CALLS if c["miss"]))
print("forb calls", sum(1 for c in CALLS if c["forb"]), "over calls", sum(1 for c in CALLS if c["over"]), "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "lens", sorted(len(c["turns"]) for c in CALLS))
