import json, re, sys, collections
from calls_def import CALLS
IND = ["hotel_supplies","b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []
def find(turns, ev, who=None):
    hits = [i for i,t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"]==who)]
    if len(hits)!=1: errs.append(f"evidence {ev!r} found in turns {hits}")
    return hits[0] if hits else -1
stats = collections.Counter(); cats = collections.Counter(); inds = collections.Counter()
for c in CALLS:
    cid = f"call-u81-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        sp, text = line.split(":", 1)
        if BAD.search(text): errs.append(f"{cid}: bad char in {text!r}: {BAD.findall(text)}")
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp=="R" else "customer", "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for cat, ev in c["sig"]:
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": find(turns, ev), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    if (c["risk"]=="none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    qa = {k: k not in c["miss"] for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = "closing" not in c["miss"]
    ind = IND[c["n"] % 8]; inds[ind]+=1; stats[c["risk"]]+=1
    for k in set(s["category"] for s in sigs): cats[k]+=1
    tags = list(c["tags"])
    for k in sorted(set(s["category"] for s in sigs)):
        if k not in tags: tags.append(k)
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    obj = {"id": cid, "industry": ind, "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(f"{cid}.json","w"), ensure_ascii=False, indent=1)
print("risk", dict(stats)); print("industry", dict(inds)); print("cats", dict(cats))
print("turns", sorted(len(c["turns"].strip().splitlines()) for c in CALLS))
print("\n".join(errs) or "no errors")
