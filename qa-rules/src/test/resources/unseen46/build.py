import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
MARK = re.compile(r"\{(\w+):([^{}]+)\}")
out = os.path.dirname(os.path.abspath(__file__))
errs = []
stats = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = f"call-u46-{n:02d}"
    turns, sigs, over, forbid, neg = [], [], [], [], []
    for line in [l for l in c["t"].strip().split("\n") if l.strip()]:
        pre, body = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[pre]
        i = len(turns)
        if pre == "C!": neg.append(i)
        text = MARK.sub(lambda m: m.group(2), body)
        for m in MARK.finditer(body):
            kind, ev = m.group(1), m.group(2)
            assert ev in text
            if kind == "over": over.append({"turn": i, "evidence": ev}); assert spk == "rep", (cid, ev)
            elif kind == "forbid": forbid.append({"turn": i, "evidence": ev}); assert spk == "rep", (cid, ev)
            else:
                assert kind in CATS, (cid, kind); sigs.append({"category": kind, "turn": i, "evidence": ev})
        if re.search(r"[\x00-\x7f]", text): errs.append((cid, i, "ascii", re.findall(r"[\x00-\x7f]", text)))
        turns.append({"speaker": spk, "text": text})
    miss = set(x.lstrip("-") for x in c["qa"].split())
    qa = {k: k not in miss for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = forbid; qa["over_promise"] = over
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): errs.append((cid, "greeting mismatch"))
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): errs.append((cid, "closing mismatch"))
    if not 8 <= len(turns) <= 30: errs.append((cid, "turns", len(turns)))
    if (c["risk"] == "none") != (not sigs): errs.append((cid, "risk/signals"))
    assert c["ind"] in INDS
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1; stats["turns"] += len(turns)
    for cat in {s["category"] for s in sigs}: stats["cat_" + cat] += 1
    stats["spans"] += len(sigs); stats["neg"] += len(neg)
    for k in miss: stats["miss_" + k] += 1
    if miss: stats["calls_with_miss"] += 1
    if forbid: stats["forbid_calls"] += 1
    if over: stats["over_calls"] += 1
    if "hard_negative" in c["tags"]: stats["hard_neg"] += 1
    stats["len_%s" % ("short" if len(turns) <= 11 else "medium" if len(turns) <= 17 else "long")] += 1
for k in sorted(stats): print(k, stats[k])
print("ERRORS", errs)
