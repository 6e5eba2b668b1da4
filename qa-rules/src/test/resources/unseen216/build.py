import json, re, sys, importlib
sys.path.insert(0, '/work/data/unseen216')
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
calls = []
for m in ["calls_1","calls_2","calls_3","calls_4"]:
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        print("missing", m)
errs = []
def err(c, msg): errs.append(f"u216-{c['n']:02d}: {msg}")
bad = re.compile(r'[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]')
seen_sent = {}
for c in calls:
    turns = []
    for t in c["turns"]:
        sp, tx = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
        if bad.search(tx): err(c, f"latin/digit in: {tx}")
        for s in re.split(r'[。！？]', tx):
            if len(s) >= 12:
                if s in seen_sent and seen_sent[s] != c["n"]: err(c, f"sentence reused from {seen_sent[s]}: {s}")
                seen_sent[s] = c["n"]
    if c["ind"] not in INDS: err(c, "industry")
    def chk(t, ev, who=None):
        if not (0 <= t < len(turns)): err(c, f"turn {t} out of range"); return
        if ev not in turns[t]["text"]: err(c, f"evidence not in turn {t}: {ev}")
        if who and turns[t]["speaker"] != who: err(c, f"turn {t} not {who}: {ev}")
    sigs = []
    for t, cat, ev in c.get("sig", []):
        if cat not in CATS: err(c, "cat " + cat)
        chk(t, ev); sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): err(c, "risk/signals mismatch")
    q = c["qa"]
    fw = [{"turn": t, "evidence": e} for t, e in c.get("fw", [])]
    op = [{"turn": t, "evidence": e} for t, e in c.get("op", [])]
    for t, e in c.get("fw", []) + c.get("op", []): chk(t, e, "rep")
    for t in c.get("neg", []):
        if turns[t]["speaker"] != "customer": err(c, f"neg turn {t} not customer")
    # heuristics
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    g = ("您好" in turns[rep_idx[0]]["text"] or "你好" in turns[rep_idx[0]]["text"])
    if g != bool(q["g"]): err(c, f"greeting heuristic {g} vs {q['g']}")
    cl = any(w in turns[rep_idx[-1]]["text"] for w in ["谢谢", "感谢", "祝"])
    if cl != bool(q["cl"]): err(c, f"closing heuristic {cl} vs {q['cl']}")
    if not (10 <= len(turns) <= 30): err(c, f"turn count {len(turns)}")
    cid = f"call-u216-{c['n']:02d}"
    out = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
                             "forbidden_words": fw, "over_promise": op, "next_step": bool(q["nx"]), "closing": bool(q["cl"])},
                      "customer_negative_turns": sorted(c.get("neg", []))}}
    with open(f"/work/data/unseen216/{cid}.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
from collections import Counter
print("calls", len(calls), "risk", Counter(c["risk"] for c in calls), "ind", Counter(c["ind"] for c in calls))
print("long(>=20)", sum(len(c["turns"]) >= 20 for c in calls), "turns", [len(c["turns"]) for c in calls])
for e in errs: print("ERR", e)
print("errors", len(errs))
