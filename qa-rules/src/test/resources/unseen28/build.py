import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
CATS = ["price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"]
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
bad = re.compile(r"[\x00-\x7f０-９Ａ-Ｚａ-ｚ]")
errs = []
def find(turns, ev, cid, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1: errs.append(f"{cid}: evidence {ev!r} in turns {hits}"); return -1
    if rep_only and turns[hits[0]]["speaker"] != "rep": errs.append(f"{cid}: qa span not rep: {ev}")
    return hits[0]
stats = collections.Counter(); catcalls = collections.Counter(); nspans = 0
for c in CALLS:
    cid = f"call-u28-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].splitlines():
        sp, text = line.split(":", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
        if sp not in ("R", "C", "C!"): errs.append(f"{cid}: bad speaker {sp}")
        if bad.search(text) or not text: errs.append(f"{cid}: bad chars in {text}")
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    if c["ind"] not in INDS: errs.append(f"{cid}: industry")
    sigs = []
    for cat, ev in c["sig"]:
        if cat not in CATS: errs.append(f"{cid}: cat {cat}")
        sigs.append({"category": cat, "turn": find(turns, ev, cid), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    fw = [{"turn": find(turns, e, cid, True), "evidence": e} for e in c["fw"]]
    op = [{"turn": find(turns, e, cid, True), "evidence": e} for e in c["op"]]
    m = c["miss"]
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" not in m, "closing": "c" not in m}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["greeting"] != (("您好" in first_rep[:12]) or ("你好" in first_rep[:12])): errs.append(f"{cid}: greeting check {first_rep[:12]}")
    if qa["closing"] != any(k in last_rep for k in ("谢谢", "感谢", "祝", "多谢")): errs.append(f"{cid}: closing check {last_rep}")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    n = len(turns)
    if n <= 10 and "short" not in tags: tags.append("short")
    if n > 10 and "short" in tags: tags.remove("short")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(d, open(f"{cid}.json", "w"), ensure_ascii=False, indent=2)
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1
    stats["len_" + ("short" if n <= 10 else "medium" if n <= 16 else "long")] += 1
    stats["turns"] += n; nspans += len(sigs); stats["neg_turns"] += len(neg)
    for cat in set(s["category"] for s in sigs): catcalls[cat] += 1
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not qa[k]: stats["miss_" + k] += 1
    if fw: stats["calls_forbidden"] += 1
    if op: stats["calls_overpromise"] += 1
    if "hard_negative" in tags: stats["hard_negative"] += 1
for k in sorted(stats): print(k, stats[k])
print("signal spans", nspans); print("calls per category", dict(catcalls.most_common()))
print("\n".join(errs) or "no build errors"); print(len(CALLS), "calls")
