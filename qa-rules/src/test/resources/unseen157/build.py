import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def chk_text(cid, s):
    if re.search(r'[A-Za-z0-9!-/:-@\[-`{-~]', s): errs.append(f"{cid}: bad char in {s!r}")
out = []
for c in CALLS:
    n = c["n"]; cid = f"call-u157-{n:02d}"
    turns = []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        sp = {"R":"rep","C":"customer"}[line[0]]; t = line[1:].strip()
        chk_text(cid, t); turns.append({"speaker":sp,"text":t})
    chk_text(cid, c["scen"])
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sig = [{"category":a,"turn":b,"evidence":e} for a,b,e in c.get("sig",[])]
    for s in sig:
        if s["category"] not in CATS: errs.append(f"{cid}: cat {s}")
        if s["evidence"] not in turns[s["turn"]]["text"]: errs.append(f"{cid}: evidence {s}")
    if (c["risk"]=="none") != (not sig): errs.append(f"{cid}: risk/signals mismatch")
    def spans(lst, name):
        r=[]
        for b,e in lst:
            if turns[b]["speaker"]!="rep" or e not in turns[b]["text"]: errs.append(f"{cid}: {name} {b} {e}")
            r.append({"turn":b,"evidence":e})
        return r
    miss = set(c.get("miss",()))
    qa = {k:(k not in miss) for k in ["greeting","self_intro","needs_discovery","next_step","closing"]}
    qa["forbidden_words"] = spans(c.get("fw",[]),"fw"); qa["over_promise"] = spans(c.get("op",[]),"op")
    qa = {k:qa[k] for k in ["greeting","self_intro","needs_discovery","forbidden_words","over_promise","next_step","closing"]}
    reps = [t["text"] for t in turns if t["speaker"]=="rep"]
    if qa["greeting"] != ("您好" in reps[0] or "你好" in reps[0]): errs.append(f"{cid}: greeting mismatch")
    if qa["closing"] != bool(re.search("谢|感谢|祝", reps[-1])): errs.append(f"{cid}: closing mismatch")
    for i in c.get("neg",[]):
        if turns[i]["speaker"]!="customer": errs.append(f"{cid}: neg {i} not customer")
    d = {"id":cid,"industry":c["ind"],"scenario":c["scen"],"tags":c["tags"],"turns":turns,
         "labels":{"churn_risk":c["risk"],"churn_signals":sig,"qa":qa,"customer_negative_turns":sorted(c.get("neg",[]))}}
    if c["ind"] not in IND: errs.append(f"{cid}: ind")
    out.append(d)
    with open(f"{os.path.dirname(os.path.abspath(__file__))}/{cid}.json","w",encoding="utf-8") as f:
        json.dump(d,f,ensure_ascii=False,indent=1)
# cross-call duplicate sentences
seen = collections.defaultdict(set)
for d in out:
    for t in d["turns"]:
        for s in re.split("[。？！]", t["text"]):
            if len(s)>=8: seen[s].add(d["id"])
for s,ids in seen.items():
    if len(ids)>1: errs.append(f"dup sentence {s} in {sorted(ids)}")
print("calls", len(out), "risk", collections.Counter(d["labels"]["churn_risk"] for d in out))
print("industry", collections.Counter(d["industry"] for d in out))
print("long(>=20)", sum(len(d["turns"])>=20 for d in out))
cc = collections.Counter(c for d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
print("calls per category", dict(cc), "spans", sum(len(d["labels"]["churn_signals"]) for d in out))
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print("miss", k, sum(not d["labels"]["qa"][k] for d in out))
print("fw calls", sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in out), "op calls", sum(bool(d["labels"]["qa"]["over_promise"]) for d in out))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("hard_negative", sum("hard_negative" in d["tags"] for d in out), "qa-miss calls", sum(any(not d["labels"]["qa"][k] for k in ["greeting","self_intro","needs_discovery","next_step","closing"]) for d in out))
print("\n".join(errs) or "OK", len(errs))
