import json, re, sys, importlib, collections
sys.path.insert(0, '.')
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
calls = []
for m in ["calls_1","calls_2","calls_3","calls_4"]:
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass
errs = []
def err(n, msg): errs.append(f"call {n}: {msg}")

def find_turn(n, turns, ev, turn=None, rep_only=False):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(n, f"evidence not in turn {turn}: {ev}")
        return turn
    hits = [i for i,t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"]=="rep")]
    if len(hits) != 1: err(n, f"evidence matched {hits}: {ev}")
    return hits[0] if hits else -1

alltexts = collections.Counter()
out = []
for c in calls:
    n = c["n"]
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        line = line.strip()
        if not line: continue
        sp, txt = line.split(":", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt.strip()})
    neg = sorted(set(neg + c.get("neg", [])))
    for i in neg:
        if turns[i]["speaker"] != "customer": err(n, f"neg turn {i} not customer")
    for t in turns:
        if re.search(r"[A-Za-z0-9]", t["text"]) or re.search(r"[,.?!:;\"'()]", t["text"]): err(n, "ascii in: "+t["text"])
        alltexts[t["text"]] += 1
    if not 10 <= len(turns) <= 30: err(n, f"turns {len(turns)}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        tn = find_turn(n, turns, ev, s[2] if len(s) > 2 else None)
        if cat not in CATS: err(n, "bad cat "+cat)
        sigs.append({"category": cat, "turn": tn, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0): err(n, "risk/signals mismatch")
    f = c["qa"]
    fw = [{"turn": find_turn(n, turns, e, rep_only=True), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": find_turn(n, turns, e, rep_only=True), "evidence": e} for e in c.get("op", [])]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != ("g" in f): err(n, "greeting flag mismatch")
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != ("c" in f): err(n, "closing flag mismatch")
    cid = f"call-u170-{n:02d}"
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": risk, "churn_signals": sigs,
                    "qa": {"greeting": "g" in f, "self_intro": "s" in f, "needs_discovery": "n" in f,
                           "forbidden_words": fw, "over_promise": op, "next_step": "x" in f, "closing": "c" in f},
                    "customer_negative_turns": neg}}
    out.append(d)
for t, k in alltexts.items():
    if k > 1 and len(t) > 4: errs.append(f"duplicate turn text: {t}")
print("\n".join(errs) or "no build errors")
if errs and "--force" not in sys.argv: sys.exit(1)
for d in out:
    json.dump(d, open(d["id"] + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# distribution
print("calls", len(out), "turns", sum(len(d["turns"]) for d in out))
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in out))
print("industry", collections.Counter(d["industry"] for d in out))
print("cats(calls)", collections.Counter(c for d in out for c in {s["category"] for s in d["labels"]["churn_signals"]}))
print("signal spans", sum(len(d["labels"]["churn_signals"]) for d in out))
print("long(20-30)", sum(len(d["turns"]) >= 20 for d in out), "turn counts", sorted(len(d["turns"]) for d in out))
q = collections.Counter()
for d in out:
    for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
        if not d["labels"]["qa"][k]: q[k+"_missing"] += 1
    if d["labels"]["qa"]["forbidden_words"]: q["calls_forbidden"] += 1
    if d["labels"]["qa"]["over_promise"]: q["calls_over_promise"] += 1
    q["fw_spans"] += len(d["labels"]["qa"]["forbidden_words"]); q["op_spans"] += len(d["labels"]["qa"]["over_promise"])
print("qa", dict(q))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("tags", collections.Counter(t for d in out for t in d["tags"]))
