"""Build call-u229-NN.json from calls_1..4.py and check labels."""
import json, os, re, sys, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errors = []
def err(m): errors.append(m)

def load(i):
    spec = importlib.util.spec_from_file_location("calls_%d" % i, os.path.join(HERE, "calls_%d.py" % i))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS

def find(turns, ev, who=None, turn=None, cid=""):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(f"{cid}: evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who: err(f"{cid}: turn {turn} not {who}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1: err(f"{cid}: evidence '{ev}' found in turns {hits}")
    return hits[0] if hits else -1

calls = []
for i in range(1, 5):
    calls += load(i)
sentences = collections.defaultdict(set)
for c in calls:
    cid = "call-u229-%02d" % c["n"]
    turns, neg = [], []
    for k, s in enumerate(c["t"]):
        tag, text = s.split(":", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(k)
        turns.append({"speaker": sp, "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text): err(f"{cid}: latin/digit in turn {k}")
        if re.search(r"[,.?!;:]", text): err(f"{cid}: ascii punctuation in turn {k}")
        for sen in re.split(r"[。！？；，]", text):
            if len(sen) >= 9: sentences[sen].add(cid)
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS: err(f"{cid}: bad cat {cat}")
        tix = find(turns, ev, None, s[2] if len(s) > 2 else None, cid)
        sigs.append({"category": cat, "turn": tix, "evidence": ev})
    qa = {"greeting": True, "self_intro": True, "needs_discovery": True, "forbidden_words": [], "over_promise": [], "next_step": True, "closing": True}
    qa.update(c.get("qa", {}))
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in c.get("op", [])]
    qa = {k: qa[k] for k in ["greeting","self_intro","needs_discovery","forbidden_words","over_promise","next_step","closing"]}
    if c["ind"] not in INDS: err(f"{cid}: bad industry")
    if c["risk"] == "none" and sigs: err(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: err(f"{cid}: {c['risk']} without signals")
    if not (10 <= len(turns) <= 30): err(f"{cid}: {len(turns)} turns")
    reps = [t for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]["text"] or "你好" in reps[0]["text"])
    if g != qa["greeting"]: err(f"{cid}: greeting heuristic {g} vs label {qa['greeting']}")
    cl = any(w in reps[-1]["text"] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: err(f"{cid}: closing heuristic {cl} vs label {qa['closing']}")
    out = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    c["_out"] = out
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
for sen, ids in sentences.items():
    if len(ids) > 1: err(f"repeated sentence {sen} in {sorted(ids)}")
ns = sorted(c["n"] for c in calls)
if ns != list(range(1, len(ns) + 1)): err(f"numbering {ns}")
print("calls", len(calls), "turns", sum(len(c["_out"]["turns"]) for c in calls))
print("risk", collections.Counter(c["risk"] for c in calls))
print("ind", collections.Counter(c["ind"] for c in calls))
print("long(>=20)", sum(len(c["t"]) >= 20 for c in calls), [c["n"] for c in calls if len(c["t"]) >= 20])
cc = collections.Counter(); nsig = 0
for c in calls:
    cats = {s["category"] for s in c["_out"]["labels"]["churn_signals"]}; nsig += len(c["_out"]["labels"]["churn_signals"])
    cc.update(cats)
print("calls per category", dict(cc.most_common()), "signal spans", nsig)
q = collections.Counter()
for c in calls:
    qa = c["_out"]["labels"]["qa"]
    for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
        if not qa[k]: q[k + "_missing"] += 1
    if qa["forbidden_words"]: q["forbidden_calls"] += 1
    if qa["over_promise"]: q["overpromise_calls"] += 1
print("qa", dict(q))
print("neg turns", sum(len(c["_out"]["labels"]["customer_negative_turns"]) for c in calls))
tg = collections.Counter(t for c in calls for t in c["tags"])
print("tags", dict(tg.most_common()))
print("ERRORS", len(errors)); [print(" ", e) for e in errors]
