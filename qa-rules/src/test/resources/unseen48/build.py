import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
errs = []
for c in CALLS:
    cid = "call-u48-%02d" % c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        sp, tx = line.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
    def chk(kind, ti, ev, who=None):
        if not (0 <= ti < len(turns)) or ev not in turns[ti]["text"]:
            errs.append("%s %s: %r not in turn %d" % (cid, kind, ev, ti))
        elif who and turns[ti]["speaker"] != who:
            errs.append("%s %s: turn %d not %s" % (cid, kind, ti, who))
    for cat, ti, ev in c["sig"]: chk("signal " + cat, ti, ev)
    for ti, ev in c["fw"] + c["op"]: chk("qa span", ti, ev, "rep")
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": errs.append("%s neg turn %d not customer" % (cid, ti))
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9,.?!;:\"'()\[\]]", t["text"]): errs.append("%s turn %d ascii" % (cid, i))
    if c["risk"] == "none" and c["sig"]: errs.append(cid + " none with signals")
    qa = {k: c["qa"].get(k, True) for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["fw"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["op"]]
    qa["next_step"] = c["qa"].get("next_step", True)
    qa["closing"] = c["qa"].get("closing", True)
    tags = list(c["tags"])
    for cat, _, _ in c["sig"]:
        if cat not in tags: tags.append(cat)
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    if len(turns) > 10 and "short" in tags: tags.remove("short")
    d = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"],
                    "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
                    "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
print("\n".join(errs) or "build ok")
# stats
R = collections.Counter(c["risk"] for c in CALLS); I = collections.Counter(c["industry"] for c in CALLS)
cats = collections.Counter(a for c in CALLS for a in {s[0] for s in c["sig"]})
print(dict(R)); print(dict(I)); print(dict(cats), "spans", sum(len(c["sig"]) for c in CALLS))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print(k, "missing", [c["n"] for c in CALLS if c["qa"].get(k) is False])
print("fw", [c["n"] for c in CALLS if c["fw"]], "op", [c["n"] for c in CALLS if c["op"]])
print("neg turns", sum(len(c["neg"]) for c in CALLS), "turns", sum(len(c["turns"].strip().splitlines()) for c in CALLS))
print("lens", sorted(len(c["turns"].strip().splitlines()) for c in CALLS))
print("hard_neg", [c["n"] for c in CALLS if "hard_negative" in c["tags"]])
