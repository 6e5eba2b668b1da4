import json, os, re, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
SP = {"R": "rep", "C": "customer"}
errs = []
for c in CALLS:
    cid = "call-u78-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        s, text = t.split("|", 1)
        if BAD.search(text):
            errs.append((cid, "bad char", text))
        turns.append({"speaker": SP[s], "text": text})
    if turns[0]["speaker"] != "rep":
        errs.append((cid, "first turn not rep"))
    def span(lst, kind, rep_only):
        out = []
        for t, ev in lst:
            if ev not in turns[t]["text"]:
                errs.append((cid, kind, t, ev))
            if rep_only and turns[t]["speaker"] != "rep":
                errs.append((cid, kind, "not rep", t))
            out.append({"turn": t, "evidence": ev})
        return out
    sigs = []
    for cat, t, ev in c["signals"]:
        if ev not in turns[t]["text"]:
            errs.append((cid, "signal", t, ev))
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        errs.append((cid, "risk/signals mismatch"))
    q = c["qa"]
    qa = {"greeting": q.get("g", True), "self_intro": q.get("s", True),
          "needs_discovery": q.get("n", True),
          "forbidden_words": span(q.get("fw", []), "fw", True),
          "over_promise": span(q.get("op", []), "op", True),
          "next_step": q.get("x", True), "closing": q.get("c", True)}
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            errs.append((cid, "neg not customer", t))
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

print("errors:", errs)
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["industry"] for c in CALLS))
cat = collections.Counter()
for c in CALLS:
    for k in {s[0] for s in c["signals"]}: cat[k] += 1
print("calls per category", cat.most_common(), "spans", sum(len(c["signals"]) for c in CALLS))
print("turns", sum(len(c["turns"]) for c in CALLS), collections.Counter(len(c["turns"]) for c in CALLS))
miss = collections.Counter(); nmiss = 0
for c in CALLS:
    m = [k for k in "gsnxc" if c["qa"].get(k, True) is False]
    nmiss += bool(m)
    for k in m: miss[k] += 1
print("qa misses", miss, "calls with misses", nmiss,
      "fw calls", sum(bool(c["qa"].get("fw")) for c in CALLS),
      "op calls", sum(bool(c["qa"].get("op")) for c in CALLS),
      "neg turns", sum(len(c["neg"]) for c in CALLS),
      "hard_neg", sum("hard_negative" in c["tags"] for c in CALLS),
      "negation", sum("negation" in c["tags"] for c in CALLS))
