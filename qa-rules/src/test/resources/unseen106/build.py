import json, re, sys, collections
import common, calls_a, calls_b, calls_c, calls_d
CALLS = sorted(common.CALLS, key=lambda c: c["n"])
problems = []
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    return hits
out_stats = collections.Counter()
for c in CALLS:
    cid = "call-u106-%02d" % c["n"]
    T = c["turns"]
    if not 8 <= len(T) <= 30: problems.append((cid, "turns", len(T)))
    for i, t in enumerate(T):
        if BAD.search(t["text"]): problems.append((cid, i, "bad char", BAD.findall(t["text"])))
    if BAD.search(c["scenario"]): problems.append((cid, "scenario bad char"))
    sigs = []
    for cat, ev in c["sig"]:
        h = find(T, ev)
        if len(h) != 1: problems.append((cid, "sig", ev, h)); continue
        if T[h[0]]["speaker"] == "rep" and cat != "contact_change": problems.append((cid, "rep sig", ev))
        sigs.append({"category": cat, "turn": h[0], "evidence": ev})
    def spans(lst):
        r = []
        for ev in lst:
            h = find(T, ev, "rep")
            if len(h) != 1: problems.append((cid, "span", ev, h)); continue
            r.append({"turn": h[0], "evidence": ev})
        return r
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = spans(c["fw"])
    qa["over_promise"] = spans(c["op"])
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    reps = [t["text"] for t in T if t["speaker"] == "rep"]
    if T[0]["speaker"] != "rep": problems.append((cid, "first turn not rep"))
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: problems.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if cl != qa["closing"]: problems.append((cid, "closing mismatch"))
    for i in c["neg"]:
        assert T[i]["speaker"] == "customer"
    if (c["risk"] == "none") != (len(sigs) == 0): problems.append((cid, "risk/signals mismatch"))
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": T,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": c["neg"]}}
    with open(cid + ".json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    out_stats["risk_" + c["risk"]] += 1
    out_stats["ind_" + c["industry"]] += 1
    out_stats["turns"] += len(T)
    out_stats["signals"] += len(sigs)
    for cat in set(s["category"] for s in sigs): out_stats["cat_" + cat] += 1
    for m in c["miss"]: out_stats["miss_" + m] += 1
    if c["miss"]: out_stats["calls_with_miss"] += 1
    if c["fw"]: out_stats["calls_fw"] += 1
    if c["op"]: out_stats["calls_op"] += 1
    if "hard_negative" in c["tags"]: out_stats["hard_negative"] += 1
    if "negation" in c["tags"]: out_stats["negation"] += 1
    out_stats["neg_turns"] += len(c["neg"])
    out_stats["len_short(<=11)" if len(T) <= 11 else ("len_long(>=17)" if len(T) >= 17 else "len_medium")] += 1
print(len(CALLS), "calls")
for k in sorted(out_stats): print(k, out_stats[k])
print("PROBLEMS", len(problems))
for p in problems: print(p)
