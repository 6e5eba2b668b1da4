import json, re, os, collections
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
MARK = re.compile(r"\{([a-zA-Z_]+)\|([^{}]+)\}")
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
assert len(CALLS) == 40
stats = collections.Counter(); catcalls = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = f"call-u82-{n:02d}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l for l in c["turns"].strip().split("\n") if l.strip()]:
        pre, text = line.split(": ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[pre]
        i = len(turns)
        for cat, ev in MARK.findall(text):
            if cat == "FW": assert spk == "rep"; fw.append({"turn": i, "evidence": ev})
            elif cat == "OP": assert spk == "rep"; op.append({"turn": i, "evidence": ev})
            else: assert cat in CATS, cat; sigs.append({"category": cat, "turn": i, "evidence": ev})
        clean = MARK.sub(lambda m: m.group(2), text)
        assert not BAD.search(clean), (cid, clean)
        if pre == "C!": neg.append(i)
        turns.append({"speaker": spk, "text": clean})
    assert 8 <= len(turns) <= 30, cid
    miss = set(x for x in c["miss"].split(",") if x)
    qa = {k: k not in miss for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = fw; qa["over_promise"] = op
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    assert qa["greeting"] == (("您好" in reps[0]) or ("你好" in reps[0])), cid
    assert qa["closing"] == any(w in reps[-1] for w in ["谢谢","感谢","祝"]), cid
    for s in sigs + fw + op: assert s["evidence"] in turns[s["turn"]]["text"]
    assert (c["risk"] == "none") == (not sigs), cid
    tags = list(c["tags"])
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(os.path.join(OUT, cid + ".json"), "w"), ensure_ascii=False, indent=1)
    stats[c["risk"]] += 1; stats["turns"] += len(turns); stats["signals"] += len(sigs); stats["neg"] += len(neg)
    for cat in {s["category"] for s in sigs}: catcalls[cat] += 1
    for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
        if not qa[k]: stats["miss_" + k] += 1
    if fw: stats["fw_calls"] += 1
    if op: stats["op_calls"] += 1
    if "hard_negative" in tags: stats["hard_neg"] += 1
    stats["len_%s" % ("short" if len(turns) <= 10 else "medium" if len(turns) <= 15 else "long")] += 1
    print(cid, c["industry"], c["risk"], len(turns), "sig", len(sigs), "neg", neg, "miss", sorted(miss))
print(dict(stats)); print(dict(catcalls)); print(collections.Counter(c["industry"] for c in CALLS))
