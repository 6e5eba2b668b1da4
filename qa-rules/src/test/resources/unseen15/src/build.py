import json, re, collections
from calls_def import CALLS
assert len(CALLS) == 40
problems = []
for n, c in enumerate(CALLS, 1):
    cid = f"call-u15-{n:02d}"
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        sp = {"R": "rep", "C": "customer", "N": "customer"}[s[0]]
        if s[0] == "N": neg.append(i)
        turns.append({"speaker": sp, "text": s[1:]})
        if re.search(r"[\x00-\x7f]", s[1:]): problems.append(f"{cid} t{i} ascii")
    def locate(ev, who=None):
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1: problems.append(f"{cid} '{ev}' in {len(hits)} turns"); return -1
        if who and turns[hits[0]]["speaker"] != who: problems.append(f"{cid} '{ev}' not {who}")
        return hits[0]
    sigs = []
    for cat, ev in c["sig"]:
        i = locate(ev, None if cat == "contact_change" else "customer")
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    qa = c["qa"]
    q = {"greeting": "g" in qa, "self_intro": "s" in qa, "needs_discovery": "d" in qa,
         "forbidden_words": [{"turn": locate(e, "rep"), "evidence": e} for e in c.get("fw", [])],
         "over_promise": [{"turn": locate(e, "rep"), "evidence": e} for e in c.get("op", [])],
         "next_step": "n" in qa, "closing": "c" in qa}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if q["greeting"] != bool(re.search("您好|你好", reps[0])): problems.append(f"{cid} greeting check")
    if q["closing"] != bool(re.search("谢|感谢|祝", reps[-1])): problems.append(f"{cid} closing check")
    if (c["risk"] == "none") != (not sigs): problems.append(f"{cid} risk/signals")
    tags = list(c["tags"])
    for x in {s["category"] for s in sigs}:
        if x not in tags: tags.append(x)
    call = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": q, "customer_negative_turns": neg}}
    json.dump(call, open(f"{cid}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    c["_call"] = call
print("problems:", problems)
# stats
risk = collections.Counter(c["risk"] for c in CALLS)
cats = collections.Counter(x for c in CALLS for x in {s["category"] for s in c["_call"]["labels"]["churn_signals"]})
spans = sum(len(c["_call"]["labels"]["churn_signals"]) for c in CALLS)
L = [len(c["t"]) for c in CALLS]
ln = (sum(8 <= x <= 10 for x in L), sum(11 <= x <= 16 for x in L), sum(x >= 17 for x in L))
ind = collections.Counter(c["ind"] for c in CALLS)
hn = sum("hard_negative" in c["tags"] for c in CALLS)
miss = {k: sum(not c["_call"]["labels"]["qa"][k] for c in CALLS) for k in ("greeting","self_intro","needs_discovery","next_step","closing")}
fw = sum(bool(c.get("fw")) for c in CALLS); op = sum(bool(c.get("op")) for c in CALLS)
negs = sum(len(c["_call"]["labels"]["customer_negative_turns"]) for c in CALLS)
print(dict(risk), dict(cats), "spans", spans, "len s/m/l", ln, "turns", sum(L), dict(ind), "hardneg", hn, "miss", miss, "fw", fw, "op", op, "neg", negs)
