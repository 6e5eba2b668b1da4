import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []

def locate(turns, ev, who, cid):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return -1
    i = hits[0]
    if who == "rep" and turns[i]["speaker"] != "rep":
        errs.append(f"{cid}: qa span {ev!r} not in rep turn")
    return i

for n, c in enumerate(CALLS, 1):
    cid = f"call-u47-{n:02d}"
    turns, neg = [], []
    for i, (sp, text) in enumerate(c["turns"]):
        if sp == "c!":
            neg.append(i)
        turns.append({"speaker": "rep" if sp == "r" else "customer", "text": text})
        if BAD.search(text):
            errs.append(f"{cid} t{i}: bad char {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30:
        errs.append(f"{cid}: {len(turns)} turns")
    rep = [t["text"] for t in turns if t["speaker"] == "rep"]
    greeting = ("您好" in rep[0]) or ("你好" in rep[0])
    closing = any(w in rep[-1] for w in ("谢谢", "感谢", "祝"))
    sigs = [{"category": cat, "turn": locate(turns, ev, "any", cid), "evidence": ev} for cat, ev in c.get("sig", [])]
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0):
        errs.append(f"{cid}: risk {risk} with {len(sigs)} signals")
    qa = {"greeting": greeting, "self_intro": c.get("self_intro", True), "needs_discovery": c.get("needs", True),
          "forbidden_words": [{"turn": locate(turns, ev, "rep", cid), "evidence": ev} for ev in c.get("fw", [])],
          "over_promise": [{"turn": locate(turns, ev, "rep", cid), "evidence": ev} for ev in c.get("op", [])],
          "next_step": c.get("next", True), "closing": closing}
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    c["_doc"] = doc

docs = [c["_doc"] for c in CALLS]
print("risk", Counter(d["labels"]["churn_risk"] for d in docs))
print("industry", Counter(d["industry"] for d in docs))
print("cats (calls)", Counter(cat for d in docs for cat in {s["category"] for s in d["labels"]["churn_signals"]}))
print("spans", sum(len(d["labels"]["churn_signals"]) for d in docs), "turns", sum(len(d["turns"]) for d in docs))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print(k, "missing in", [d["id"][-2:] for d in docs if not d["labels"]["qa"][k]])
print("forbidden", [d["id"][-2:] for d in docs if d["labels"]["qa"]["forbidden_words"]])
print("over_promise", [d["id"][-2:] for d in docs if d["labels"]["qa"]["over_promise"]])
print("hard_negative", [d["id"][-2:] for d in docs if "hard_negative" in d["tags"]])
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
print("turn lengths", sorted(len(d["turns"]) for d in docs))
print("ERRORS", len(errs)); [print(" ", e) for e in errs]
