import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels_def import L
IN = "/work/data/iaa13-input"; OUT = "/work/data/iaa13"
errs = 0
for cid, l in sorted(L.items()):
    d = json.load(open(f"{IN}/{cid}.json"))
    T = d["turns"]
    def chk(t, ev, who=None):
        global errs
        if ev not in T[t]["text"]: print("MISSING", cid, t, ev); errs += 1
        if who and T[t]["speaker"] != who: print("SPEAKER", cid, t, who); errs += 1
    for cat, t, ev in l["sig"]: chk(t, ev)
    for t, ev in l["fb"] + l["op"]: chk(t, ev, "rep")
    for t in l["neg"]:
        if T[t]["speaker"] != "customer": print("NEG not customer", cid, t); errs += 1
    q = [x == "1" for x in l["qa"]]
    assert (l["risk"] == "none") == (not l["sig"]), cid
    d["labels"] = {
        "churn_risk": l["risk"],
        "churn_signals": [{"category": c, "turn": t, "evidence": e} for c, t, e in l["sig"]],
        "qa": {"greeting": q[0], "self_intro": q[1], "needs_discovery": q[2],
               "forbidden_words": [{"turn": t, "evidence": e} for t, e in l["fb"]],
               "over_promise": [{"turn": t, "evidence": e} for t, e in l["op"]],
               "next_step": q[3], "closing": q[4]},
        "customer_negative_turns": sorted(l["neg"]),
    }
    json.dump(d, open(f"{OUT}/{cid}.json", "w"), ensure_ascii=False, indent=2)
print(len(L), "calls written,", errs, "errors")
