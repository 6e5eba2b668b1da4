import json, re, sys, collections
sys.path.insert(0, '/work/data/unseen80')
from calls_def import CALLS
QA = ["greeting","self_intro","needs_discovery","next_step","closing"]
errs = []
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
for c in CALLS:
    cid = "call-u80-%02d" % c["n"]
    turns = []
    for line in c["turns"].strip().split("\n"):
        sp, txt = line.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
    if not 8 <= len(turns) <= 30: errs.append((cid, "turns", len(turns)))
    for i, t in enumerate(turns):
        if bad.search(t["text"]): errs.append((cid, i, "latin/digit/ascii", bad.findall(t["text"])))
    if bad.search(c["scen"]): errs.append((cid, "scenario ascii"))
    def chk(turn, ev, who=None):
        if ev not in turns[turn]["text"]: errs.append((cid, turn, "evidence", ev))
        if who and turns[turn]["speaker"] != who: errs.append((cid, turn, "speaker", who))
    for cat, t, ev in c["sig"]: chk(t, ev)
    for t, ev in c["fw"] + c["op"]: chk(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": errs.append((cid, t, "neg not customer"))
    if (c["risk"] == "none") != (not c["sig"]): errs.append((cid, "risk/signals mismatch"))
    qa = {k: (k not in c["miss"]) for k in QA}
    labels = {"churn_risk": c["risk"],
              "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
              "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                     "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                     "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                     "next_step": qa["next_step"], "closing": qa["closing"]},
              "customer_negative_turns": sorted(c["neg"])}
    tags = list(c["tags"])
    if len(turns) <= 9 and "short" not in tags: tags.append("short")
    if c["fw"] and "forbidden_words" not in tags: pass
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns, "labels": labels}
    with open("/work/data/unseen80/%s.json" % cid, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
# summary
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cat = collections.Counter(); spans = 0
for c in CALLS:
    spans += len(c["sig"])
    for k in set(a for a, _, _ in c["sig"]): cat[k] += 1
miss = collections.Counter(m for c in CALLS for m in c["miss"])
nt = [len(c["turns"].strip().split("\n")) for c in CALLS]
print("calls", len(CALLS), "turns", sum(nt), "min/max", min(nt), max(nt))
print("risk", dict(risk)); print("industry", dict(ind)); print("category calls", dict(cat), "spans", spans)
print("hard_neg", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("qa miss", dict(miss), "calls with a miss", sum(bool(c["miss"]) for c in CALLS))
print("fw calls", sum(bool(c["fw"]) for c in CALLS), "op calls", sum(bool(c["op"]) for c in CALLS), "neg turns", sum(len(c["neg"]) for c in CALLS))
print("ERRORS", errs)
