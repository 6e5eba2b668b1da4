import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_def
from calls_def import CALLS
out = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []
for c in CALLS:
    cid, T, L = c["id"], c["turns"], c["labels"]
    if not 8 <= len(T) <= 30: errs.append((cid, "turns", len(T)))
    for i, t in enumerate(T):
        if bad.search(t["text"]) or " " in t["text"]: errs.append((cid, i, "ascii", t["text"]))
    if bad.search(c["scenario"]): errs.append((cid, "scenario ascii"))
    if (L["churn_risk"] == "none") != (not L["churn_signals"]): errs.append((cid, "risk/signals"))
    for s in L["churn_signals"]:
        if s["evidence"] not in T[s["turn"]]["text"]: errs.append((cid, "ev", s))
    for i in L["customer_negative_turns"]:
        assert T[i]["speaker"] == "customer"
    reps = [t["text"] for t in T if t["speaker"] == "rep"]
    q = L["qa"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != q["greeting"]: errs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != q["closing"]: errs.append((cid, "closing mismatch"))
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("calls", len(CALLS))
print("risk", collections.Counter(c["labels"]["churn_risk"] for c in CALLS))
print("industry", collections.Counter(c["industry"] for c in CALLS))
print("long(>=20)", sum(len(c["turns"]) >= 20 for c in CALLS))
cat = collections.Counter()
for c in CALLS:
    for k in {s["category"] for s in c["labels"]["churn_signals"]}: cat[k] += 1
print("categories", cat)
miss = collections.Counter(k for c in CALLS for k in calls_def.QA_KEYS if not c["labels"]["qa"][k])
print("qa misses", miss, "calls with a miss", sum(any(not c["labels"]["qa"][k] for k in calls_def.QA_KEYS) for c in CALLS))
print("fw calls", sum(bool(c["labels"]["qa"]["forbidden_words"]) for c in CALLS), "op calls", sum(bool(c["labels"]["qa"]["over_promise"]) for c in CALLS))
print("neg turns", sum(len(c["labels"]["customer_negative_turns"]) for c in CALLS), "signals", sum(len(c["labels"]["churn_signals"]) for c in CALLS), "turns", sum(len(c["turns"]) for c in CALLS))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS))
print("ERRORS", len(errs)); [print(e) for e in errs]
