import json, re, sys, importlib
from collections import Counter
CALLS = []
for part in ["calls_a", "calls_b", "calls_c", "calls_d"]:
    try:
        CALLS += importlib.import_module(part).CALLS
    except ModuleNotFoundError:
        pass
IND = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
bad = re.compile(r"[A-Za-z0-9,\.\?!:;\"'\(\)~]")
errs = []
def find(turns, ev, who=None, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if turn is not None:
        hits = [i for i in hits if i == turn]
    if len(hits) != 1:
        errs.append(f"evidence {ev!r} hits {hits}")
        return hits[0] if hits else -1
    return hits[0]
for n, c in enumerate(CALLS, 1):
    cid = f"call-u147-{n:02d}"
    turns, neg = [], []
    for i, line in enumerate(c["t"]):
        sp, text = line.split("|", 1)
        if bad.search(text):
            errs.append(f"{cid} turn {i} bad char: {bad.findall(text)}")
        turns.append({"speaker": "rep" if sp[0] == "R" else "customer", "text": text})
        if sp == "C!":
            neg.append(i)
    assert c["ind"] in IND, cid
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        assert cat in CATS, (cid, cat)
        sigs.append({"category": cat, "turn": find(turns, ev, None, s[2] if len(s) > 2 else None), "evidence": ev})
    q = c.get("qa", {})
    qa = {"greeting": q.get("g", True), "self_intro": q.get("s", True), "needs_discovery": q.get("n", True),
          "forbidden_words": [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in q.get("fw", [])],
          "over_promise": [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in q.get("op", [])],
          "next_step": q.get("nx", True), "closing": q.get("c", True)}
    if (c["risk"] == "none") != (not sigs):
        errs.append(f"{cid} risk/signals mismatch")
    if not (8 <= len(turns) <= 30):
        errs.append(f"{cid} turns {len(turns)}")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(f"{cid}.json", "w"), ensure_ascii=False, indent=1)
    c["_obj"] = obj
    print(cid, c["ind"], c["risk"], len(turns), [s["category"] for s in sigs], errs[-1:] if errs else "")
print("errors:", len(errs)); [print(" ", e) for e in errs]
objs = [c["_obj"] for c in CALLS]
print(Counter(o["labels"]["churn_risk"] for o in objs), Counter(o["industry"] for o in objs))
print("long>=20:", sum(len(o["turns"]) >= 20 for o in objs), "turns:", sum(len(o["turns"]) for o in objs))
