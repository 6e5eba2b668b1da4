import json, re, importlib, sys, collections
sys.path.insert(0, '/work/data/unseen186')
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
errs = []
def find(turns, ev, spk=None, turn=None, where=""):
    if turn is not None:
        if ev not in turns[turn]["text"]: errs.append(f"{where}: '{ev}' not in turn {turn}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (spk is None or t["speaker"] == spk)]
    if len(hits) != 1: errs.append(f"{where}: '{ev}' found in {hits}")
    return hits[0] if hits else -1
calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    try: calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError: errs.append("missing " + m)
stats = collections.Counter(); tl = []
for c in calls:
    cid = "call-u186-%02d" % c["n"]; w = cid
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        line = line.strip()
        if not line: continue
        p, text = line.split(" ", 1)
        if p == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if p == "R" else "customer", "text": text.strip()})
        assert p in ("R", "C", "C!"), (w, line)
        if re.search(r"[A-Za-z0-9,\.\?!:;\(\)\"']", text): errs.append(f"{w}: ascii in turn {len(turns)-1}: {text}")
    sig = []
    for s in c["sig"]:
        assert s[0] in CATS, (w, s)
        i = find(turns, s[1], None, s[2] if len(s) > 2 else None, w)
        sig.append({"category": s[0], "turn": i, "evidence": s[1]})
    fw = [{"turn": find(turns, e, "rep", None, w + " fw"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": find(turns, e, "rep", None, w + " op"), "evidence": e} for e in c.get("op", [])]
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" in q, "closing": "c" in q}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{w}: greeting heuristic {g}")
    cl = any(k in reps[-1] for k in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: errs.append(f"{w}: closing heuristic {cl}")
    if (c["risk"] == "none") != (len(sig) == 0): errs.append(f"{w}: risk/signals mismatch")
    if not 10 <= len(turns) <= 30: errs.append(f"{w}: {len(turns)} turns")
    assert c["ind"] in INDS
    out = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa, "customer_negative_turns": neg}}
    json.dump(out, open(f"/work/data/unseen186/{cid}.json", "w"), ensure_ascii=False, indent=1)
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1
    for k in {s["category"] for s in sig}: stats["cat_" + k] += 1
    stats["spans"] += len(sig); stats["negturns"] += len(neg); stats["turns"] += len(turns)
    tl.append(len(turns))
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]: stats["miss_" + k] += 1
    if fw: stats["fw_calls"] += 1
    if op: stats["op_calls"] += 1
    for t in c["tags"]: stats["tag_" + t] += 1
ns = sorted(c["n"] for c in calls)
if ns != list(range(1, len(calls) + 1)): errs.append(f"numbering {ns}")
print("\n".join(errs) or "no build errors")
print(len(calls), "calls"); print(dict(sorted(stats.items())))
print("turns/call", tl, "long(20-30):", sum(20 <= x <= 30 for x in tl), "min", min(tl), "max", max(tl))
