import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from calls_def import CALLS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
def find(turns, ev, cid, kind, rep_only=False, cust_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"{cid} {kind} '{ev}' hits {hits}"); return hits[0] if hits else -1
    i = hits[0]
    if rep_only and turns[i]["speaker"] != "rep": errs.append(f"{cid} {kind} '{ev}' not rep turn")
    return i
assert len(CALLS) == 40
for n, c in enumerate(CALLS, 1):
    cid = f"call-u20-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        sp, text = line.split(" ", 1)
        if bad.search(text): errs.append(f"{cid} bad char in: {text}")
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{cid} len {len(turns)}")
    sigs = [{"category": cat, "turn": find(turns, ev, cid, "sig"), "evidence": ev} for cat, ev in c["sig"]]
    sigs.sort(key=lambda s: s["turn"])
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": [{"turn": find(turns, e, cid, "fw", True), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, cid, "op", True), "evidence": e} for e in c.get("op", [])],
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid} risk/signals mismatch")
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    g = ("您好" in first_rep or "你好" in first_rep)
    if g != qa["greeting"]: errs.append(f"{cid} greeting heuristic {g}")
    cl = any(w in last_rep for w in ("谢", "感谢", "祝"))
    if cl != qa["closing"]: errs.append(f"{cid} closing heuristic {cl}")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w"), ensure_ascii=False, indent=1)
print("\n".join(errs) or "build ok")
