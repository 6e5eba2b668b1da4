import json, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
QA_KEYS = [("G", "greeting"), ("S", "self_intro"), ("N", "needs_discovery"), ("X", "next_step"), ("C", "closing")]
calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass
errs = []
for i, c in enumerate(calls, 1):
    cid = "call-u184-%02d" % i
    turns = []
    for t in c["t"]:
        sp, txt = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
    def span(turn, ev, rep_only=False):
        if not (0 <= turn < len(turns)) or ev not in turns[turn]["text"]:
            errs.append("%s: evidence %r not in turn %d" % (cid, ev, turn))
        if rep_only and turns[turn]["speaker"] != "rep":
            errs.append("%s: qa span turn %d not rep" % (cid, turn))
        return {"turn": turn, "evidence": ev}
    sigs = []
    for cat, turn, ev in c.get("sig", []):
        d = span(turn, ev); sigs.append({"category": cat, **d})
    qa = {k: (l in c["qa"]) for l, k in QA_KEYS}
    qa = {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
          "forbidden_words": [span(t, e, True) for t, e in c.get("fw", [])],
          "over_promise": [span(t, e, True) for t, e in c.get("op", [])],
          "next_step": qa["next_step"], "closing": qa["closing"]}
    for n in c.get("neg", []):
        if turns[n]["speaker"] != "customer":
            errs.append("%s: negative turn %d not customer" % (cid, n))
    if (c["risk"] == "none") != (len(sigs) == 0):
        errs.append("%s: risk/signals mismatch" % cid)
    import re
    for j, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]) or re.search(r"[,\.\?!:;\"']", t["text"]):
            errs.append("%s: turn %d has latin/digit/ascii punct: %s" % (cid, j, t["text"]))
    if not (10 <= len(turns) <= 30):
        errs.append("%s: %d turns" % (cid, len(turns)))
    out = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c.get("neg", []))}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
# stats
from collections import Counter
print("calls", len(calls))
print("risk", Counter(c["risk"] for c in calls))
print("industry", Counter(c["ind"] for c in calls))
print("turns", [len(c["t"]) for c in calls], "long(>=20):", sum(len(c["t"]) >= 20 for c in calls), "total", sum(len(c["t"]) for c in calls))
cat = Counter(); 
for c in calls:
    for k in set(s[0] for s in c.get("sig", [])): cat[k] += 1
print("cats(calls)", dict(cat), "spans", sum(len(c.get("sig", [])) for c in calls))
for l, k in QA_KEYS:
    print("missing", k, sum(l not in c["qa"] for c in calls), [i for i, c in enumerate(calls, 1) if l not in c["qa"]])
print("fw calls", [i for i, c in enumerate(calls, 1) if c.get("fw")], "op calls", [i for i, c in enumerate(calls, 1) if c.get("op")])
print("neg turns", sum(len(c.get("neg", [])) for c in calls))
print("hard_negative", [i for i, c in enumerate(calls, 1) if "hard_negative" in c["tags"]], "negation", [i for i, c in enumerate(calls, 1) if "negation" in c["tags"]])
print("ERRORS", len(errs)); print("\n".join(errs))
