import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_a import CALLS as A
from calls_b import CALLS as B
from calls_c import CALLS as Cc
from calls_d import CALLS as D
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
RISK = ["none","low","medium","high"]
calls = A + B + Cc + D
out = os.path.dirname(os.path.abspath(__file__))
errs = []
def locate(turns, ev, allowed, where):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in allowed]
    if len(hits) != 1:
        errs.append(f"{where}: evidence {ev!r} hits {hits}")
        return hits[0] if hits else -1
    return hits[0]
for n, c in enumerate(calls, 1):
    cid = f"call-u129-{n:02d}"
    ind = IND[(n-1) % 8]; risk = RISK[(IND.index(ind) + (n-1)//8) % 4]
    if c["risk"] != risk: errs.append(f"{cid}: risk {c['risk']} != planned {risk}")
    turns, neg = [], []
    for i, s in enumerate(c["turns"]):
        k, txt = s.split("|", 1)
        turns.append({"speaker": "rep" if k == "R" else "customer", "text": txt})
        if k == "N": neg.append(i)
        if re.search(r"[A-Za-z0-9]", txt) or re.search(r"[!-/:-@\[-`{-~]", txt):
            errs.append(f"{cid} t{i}: ascii in {txt!r}")
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = s[2] if len(s) > 2 else locate(turns, ev, ("rep","customer"), cid)
        if ev not in turns[t]["text"]: errs.append(f"{cid}: {ev!r} not in turn {t}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (risk == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    qa = {"greeting": True, "self_intro": True, "needs_discovery": True,
          "forbidden_words": [{"turn": locate(turns, e, ("rep",), cid), "evidence": e} for e in c["fw"]],
          "over_promise": [{"turn": locate(turns, e, ("rep",), cid), "evidence": e} for e in c["op"]],
          "next_step": True, "closing": True}
    qa.update(c["qa"])
    qa = {k: qa[k] for k in ["greeting","self_intro","needs_discovery","forbidden_words","over_promise","next_step","closing"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{cid}: greeting heuristic {g}")
    cl = any(w in reps[-1] for w in ("谢", "祝"))
    if cl != qa["closing"]: errs.append(f"{cid}: closing heuristic {cl}")
    doc = {"id": cid, "industry": ind, "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(calls), "calls;", len(errs), "errors")
for e in errs: print(" ", e)
