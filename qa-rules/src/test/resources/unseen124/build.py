import json, re, sys, collections
sys.path.insert(0, '.')
from calls_def import CALLS
SPAN = re.compile(r'\{\{([A-Za-z_]+)\|([^}]*)\}\}')
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
QA = ["greeting","self_intro","needs_discovery","next_step","closing"]
errs = []
stats = collections.Counter(); catcalls = collections.Counter(); nspans = 0; negs = 0; turns_total = 0
for i, c in enumerate(CALLS, 1):
    cid = f"call-u124-{i:02d}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l for l in c["t"].strip().split("\n") if l.strip()]:
        head, text = line.split(":", 1)
        text = text.strip()
        spk = {"C": "customer", "C!": "customer", "R": "rep"}[head]
        idx = len(turns)
        clean = SPAN.sub(lambda m: m.group(2), text)
        for m in SPAN.finditer(text):
            tag, ev = m.group(1), m.group(2)
            assert ev in clean
            if tag == "FW": assert spk == "rep", cid; fw.append({"turn": idx, "evidence": ev})
            elif tag == "OP": assert spk == "rep", cid; op.append({"turn": idx, "evidence": ev})
            else:
                assert tag in CATS, (cid, tag); sigs.append({"category": tag, "turn": idx, "evidence": ev})
        if head == "C!": neg.append(idx)
        bad = re.findall(r'[\x00-\x7f]', clean)
        if bad: errs.append(f"{cid} t{idx} ASCII: {bad}")
        turns.append({"speaker": spk, "text": clean})
    miss = [m for m in c["miss"].split(",") if m]
    qa = {k: (k not in miss) for k in QA}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{cid} greeting mismatch")
    cl = ("谢" in reps[-1] or "祝" in reps[-1])
    if cl != qa["closing"]: errs.append(f"{cid} closing mismatch")
    if not 8 <= len(turns) <= 30: errs.append(f"{cid} turns {len(turns)}")
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid} risk/signals")
    if c["ind"] not in INDS: errs.append(cid + " ind")
    for s in sigs + fw + op:
        assert s["evidence"] in turns[s["turn"]]["text"]
    # every evidence should occur once in its turn
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
              "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                     "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
              "customer_negative_turns": neg}
    tags = list(c["tags"])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns, "labels": labels}
    with open(f"{cid}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1
    for cat in {s["category"] for s in sigs}: catcalls[cat] += 1
    nspans += len(sigs); negs += len(neg); turns_total += len(turns)
    for m in miss: stats["miss_" + m] += 1
    if miss: stats["calls_with_miss"] += 1
    if fw: stats["calls_fw"] += 1
    if op: stats["calls_op"] += 1
    if "hard_negative" in tags: stats["hard_negative"] += 1
    print(cid, c["ind"], c["risk"], len(turns), "miss=" + ",".join(miss), "sig=", len(sigs))
print(dict(stats)); print(dict(catcalls)); print("spans", nspans, "neg turns", negs, "turns", turns_total)
print("ERRORS:", errs)
