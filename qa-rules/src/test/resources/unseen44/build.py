import json, re, os, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ ]")
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
risk = collections.Counter(); ind = collections.Counter(); cat = collections.Counter()
seen_turns = collections.Counter()
for c in CALLS:
    cid = "call-u44-%02d" % c["n"]
    T = c["turns"]
    def chk(ok, msg):
        if not ok: problems.append(cid + ": " + msg)
    chk(8 <= len(T) <= 30, "turn count %d" % len(T))
    chk(c["industry"] in INDS, "industry")
    for i, t in enumerate(T):
        chk(not BAD.search(t["text"]), "bad char turn %d: %s" % (i, BAD.findall(t["text"])))
        seen_turns[t["text"]] += 1
    chk(not BAD.search(c["scenario"]), "bad char scenario")
    sigs = []
    for cat_, ti, ev in c["signals"]:
        chk(cat_ in CATS, "cat " + cat_)
        chk(0 <= ti < len(T) and ev in T[ti]["text"], "signal evidence %d %s" % (ti, ev))
        sigs.append({"category": cat_, "turn": ti, "evidence": ev}); cat[cat_] += 1
    chk((c["risk"] == "none") == (not sigs), "risk/signals mismatch")
    spans = {}
    for key in ("fw", "op"):
        spans[key] = []
        for ti, ev in c[key]:
            chk(T[ti]["speaker"] == "rep" and ev in T[ti]["text"], "%s span %d" % (key, ti))
            spans[key].append({"turn": ti, "evidence": ev})
    for ti in c["neg"]:
        chk(T[ti]["speaker"] == "customer", "neg turn %d not customer" % ti)
    for m in c["miss"]:
        chk(m in QA, "miss " + m)
    qa = {k: k not in c["miss"] for k in QA[:3]}
    qa["forbidden_words"] = spans["fw"]; qa["over_promise"] = spans["op"]
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = "closing" not in c["miss"]
    # light automatic sanity for greeting / closing
    first_rep = next(t["text"] for t in T if t["speaker"] == "rep")
    last_rep = [t["text"] for t in T if t["speaker"] == "rep"][-1]
    chk(qa["greeting"] == any(g in first_rep for g in ("您好", "你好")), "greeting mismatch")
    chk(qa["closing"] == any(g in last_rep for g in ("谢谢", "感谢", "祝")), "closing mismatch")
    risk[c["risk"]] += 1; ind[c["industry"]] += 1
    out = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": T, "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                                  "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
dups = [t for t, n in seen_turns.items() if n > 1]
if dups: problems.append("duplicate turns: %s" % dups)
print("calls", len(CALLS), "risk", dict(risk), "industry", dict(ind))
print("categories", dict(cat), "signals", sum(cat.values()))
print("turns", sum(len(c["turns"]) for c in CALLS), "lengths", sorted(len(c["turns"]) for c in CALLS))
print("qa misses", {k: sum(k in c["miss"] for c in CALLS) for k in QA},
      "calls with a miss", sum(bool(c["miss"]) for c in CALLS),
      "fw calls", sum(bool(c["fw"]) for c in CALLS), "op calls", sum(bool(c["op"]) for c in CALLS),
      "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard negatives", sum("hard_negative" in c["tags"] for c in CALLS))
print("PROBLEMS", len(problems)); [print(" ", p) for p in problems]
