import json, re, sys, collections
from calls_def import CALLS

CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
MARK = re.compile(r"\[([a-z_]+):([^\]]+)\]")
problems = []
out = []
for c in CALLS:
    cid = "call-e43-%02d" % c["num"]
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l for l in c["body"].strip().split("\n") if l.strip()]:
        tag, raw = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        idx = len(turns)
        if tag == "C!": neg.append(idx)
        spans = []
        def rep(m):
            spans.append((m.group(1), m.group(2)))
            return m.group(2)
        text = MARK.sub(rep, raw)
        for cat, ev in spans:
            if cat == "fw":
                fw.append({"turn": idx, "evidence": ev}); assert spk == "rep", cid
            elif cat == "op":
                op.append({"turn": idx, "evidence": ev}); assert spk == "rep", cid
            else:
                assert cat in CATS, (cid, cat)
                sigs.append({"category": cat, "turn": idx, "evidence": ev})
        if re.search(r"[\x00-\x7f]", text): problems.append((cid, idx, "ascii", text))
        turns.append({"speaker": spk, "text": text})
    for s in sigs + fw + op:
        assert s["evidence"] in turns[s["turn"]]["text"]
    qa = c["qa"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = "g" in qa; cl = "c" in qa
    if g != bool(re.search("您好|你好", reps[0])): problems.append((cid, "greeting heuristic mismatch"))
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1])): problems.append((cid, "closing heuristic mismatch"))
    if not (8 <= len(turns) <= 30): problems.append((cid, "turns", len(turns)))
    if c["risk"] == "none" and sigs: problems.append((cid, "none with signals"))
    if c["risk"] != "none" and not sigs: problems.append((cid, "risk without signals"))
    assert c["industry"] in IND
    out.append({"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": g, "self_intro": "s" in qa, "needs_discovery": "n" in qa, "forbidden_words": fw,
                   "over_promise": op, "next_step": "x" in qa, "closing": cl},
            "customer_negative_turns": neg}})
# repeated sentences across calls
seen = collections.defaultdict(set)
for o in out:
    for t in o["turns"]:
        for s in re.split("[。？！，]", t["text"]):
            if len(s) >= 10: seen[s].add(o["id"])
for s, ids in seen.items():
    if len(ids) > 1: problems.append(("dup", s, sorted(ids)))
nums = sorted(c["num"] for c in CALLS)
assert len(nums) == len(set(nums))
for o in out:
    with open(o["id"] + ".json", "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
print("calls", len(out), "risk", collections.Counter(o["labels"]["churn_risk"] for o in out))
print("industry", collections.Counter(o["industry"] for o in out))
print("categories", collections.Counter(cat for o in out for cat in {s["category"] for s in o["labels"]["churn_signals"]}))
print("turns", sorted(len(o["turns"]) for o in out))
for p in problems: print("PROBLEM", p)
print("problems", len(problems))
