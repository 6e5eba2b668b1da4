import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_a import CALLS as A
try:
    from calls_b import CALLS as B
except ImportError: B = []
try:
    from calls_c import CALLS as Cc
except ImportError: Cc = []
OUT = os.path.dirname(os.path.abspath(__file__))
ORDER = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
allc = A + B + Cc
by = collections.defaultdict(list)
for c in allc: by[c["ind"]].append(c)
seq = []
i = 0
while any(by[k] for k in ORDER):
    for k in ORDER:
        if by[k]: seq.append(by[k].pop(0))
bad = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
errs = []
def find(turns, ev, turn=None, spk=None):
    hits = [j for j,t in enumerate(turns) if ev in t["text"]]
    if turn is not None: hits = [turn] if turn in hits else []
    if len(hits) != 1: errs.append(f"evidence {ev!r} hits {hits}"); return -1
    if spk and turns[hits[0]]["speaker"] != spk: errs.append(f"{ev!r} not in {spk} turn")
    return hits[0]
stats = collections.Counter()
for n, c in enumerate(seq, 1):
    cid = f"call-e33-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        if bad.search(text): errs.append(f"{cid}: bad char in {text!r}")
        turns.append({"speaker": spk, "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c.get("sig", []):
        j = find(turns, s[1], s[2] if len(s) > 2 else None)
        sigs.append({"category": s[0], "turn": j, "evidence": s[1]})
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": [{"turn": find(turns, e, spk="rep"), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, spk="rep"), "evidence": e} for e in c.get("op", [])],
          "next_step": "x" in q, "closing": "c" in q}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): errs.append(f"{cid}: greeting check")
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")): errs.append(f"{cid}: closing check {last_rep}")
    tags = list(c["tags"])
    if len(turns) <= 10 and "short" not in tags: pass
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1; stats["turns"] += len(turns)
    for cat in {s["category"] for s in sigs}: stats["cat_" + cat] += 1
    stats["spans"] += len(sigs); stats["neg_turns"] += len(neg)
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not qa[k]: stats["miss_" + k] += 1
    if not all(qa[k] for k in ("greeting","self_intro","needs_discovery","next_step","closing")): stats["calls_with_miss"] += 1
    if qa["forbidden_words"]: stats["fw_calls"] += 1
    if qa["over_promise"]: stats["op_calls"] += 1
    if "hard_negative" in tags: stats["hard_negative"] += 1
    if "negation" in tags: stats["negation"] += 1
    if "big_account" in tags: stats["big_account"] += 1
    L = len(turns); stats["len_short(8-10)" if L <= 10 else "len_medium(11-15)" if L <= 15 else "len_long(16+)"] += 1
print(len(seq), "calls")
for k in sorted(stats): print(k, stats[k])
print("\n".join(errs) or "no errors")
