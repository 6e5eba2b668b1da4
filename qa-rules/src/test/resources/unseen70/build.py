import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
problems = []
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
for n, c in enumerate(CALLS, 1):
    cid = f"call-u70-{n:02d}"
    turns = []
    for t in c["turns"]:
        sp, text = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            problems.append(f"{cid}: bad char {BAD.findall(text)} in {text}")
    def span(turn, ev, who=None):
        if not (0 <= turn < len(turns)) or ev not in turns[turn]["text"]:
            problems.append(f"{cid}: evidence {ev!r} not in turn {turn}")
        if who and turns[turn]["speaker"] != who:
            problems.append(f"{cid}: span turn {turn} not {who}")
        return {"turn": turn, "evidence": ev}
    qa = {"greeting": True, "self_intro": True, "needs_discovery": True,
          "forbidden_words": [], "over_promise": [], "next_step": True, "closing": True}
    for k, v in c.get("qa", {}).items():
        qa[k] = [span(t, e, "rep") for t, e in v] if isinstance(v, list) else v
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                             "over_promise", "next_step", "closing"]}
    sigs = []
    for cat, t, e in c["signals"]:
        s = span(t, e); sigs.append({"category": cat, **s})
    for i in c["neg"]:
        if turns[i]["speaker"] != "customer":
            problems.append(f"{cid}: neg turn {i} not customer")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk/signals mismatch")
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)

print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
print("cats(calls)", Counter(cat for c in CALLS for cat in {s[0] for s in c["signals"]}))
print("spans", sum(len(c["signals"]) for c in CALLS), "turns", sum(len(c["turns"]) for c in CALLS),
      "neg turns", sum(len(c["neg"]) for c in CALLS))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, [i for i, c in enumerate(CALLS, 1) if c.get("qa", {}).get(k) is False])
for k in ["forbidden_words", "over_promise"]:
    print(k, [i for i, c in enumerate(CALLS, 1) if c.get("qa", {}).get(k)])
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS),
      "negation", sum("negation" in c["tags"] for c in CALLS))
print("PROBLEMS", len(problems)); [print(p) for p in problems]
