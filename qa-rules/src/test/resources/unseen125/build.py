import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
MARK = re.compile(r"\{(\w+):([^{}]+)\}")
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
out = os.path.dirname(os.path.abspath(__file__))
problems = []
def err(cid, m): problems.append(f"{cid}: {m}")

for c in CALLS:
    cid = f"call-u125-{c['n']:02d}"
    turns, sigs, fws, ops, neg = [], [], [], [], []
    lines = [l for l in c["text"].strip().split("\n") if l.strip()]
    for i, line in enumerate(lines):
        tag, raw = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(i)
        assert tag in ("R", "C", "C!"), (cid, line)
        for m in MARK.finditer(raw):
            cat, ev = m.group(1), m.group(2)
            if cat == "fw": fws.append({"turn": i, "evidence": ev}); assert spk == "rep", cid
            elif cat == "op": ops.append({"turn": i, "evidence": ev}); assert spk == "rep", cid
            else:
                if cat not in CATS: err(cid, f"bad cat {cat}")
                sigs.append({"category": cat, "turn": i, "evidence": ev})
        text = MARK.sub(lambda m: m.group(2), raw)
        if BAD.search(text): err(cid, f"turn {i} bad char {BAD.findall(text)}")
        turns.append({"speaker": spk, "text": text})
    for s in sigs + fws + ops:
        if s["evidence"] not in turns[s["turn"]]["text"]: err(cid, "evidence not substring")
    qa = c["qa"]
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    g = ("您好" in first or "你好" in first)
    if g != ("G" in qa): err(cid, "greeting mismatch")
    cl = any(w in last for w in ("谢谢", "感谢", "祝"))
    if cl != ("X" in qa): err(cid, "closing mismatch")
    if not 8 <= len(turns) <= 30: err(cid, f"{len(turns)} turns")
    if (c["risk"] == "none") != (len(sigs) == 0): err(cid, "risk/signals mismatch")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": "G" in qa, "self_intro": "S" in qa, "needs_discovery": "D" in qa,
                             "forbidden_words": fws, "over_promise": ops,
                             "next_step": "N" in qa, "closing": "X" in qa},
                      "customer_negative_turns": neg}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    c["_obj"] = obj

objs = [c["_obj"] for c in CALLS]
print("risk", Counter(o["labels"]["churn_risk"] for o in objs))
print("industry", Counter(o["industry"] for o in objs))
print("calls per category", Counter(cat for o in objs for cat in {s["category"] for s in o["labels"]["churn_signals"]}))
print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in objs))
print("turns", sum(len(o["turns"]) for o in objs), sorted(len(o["turns"]) for o in objs))
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print("missing", k, [o["id"][-2:] for o in objs if not o["labels"]["qa"][k]])
print("forbidden", [o["id"][-2:] for o in objs if o["labels"]["qa"]["forbidden_words"]])
print("over_promise", [o["id"][-2:] for o in objs if o["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
print("hard_negative", [o["id"][-2:] for o in objs if "hard_negative" in o["tags"]], "negation", [o["id"][-2:] for o in objs if "negation" in o["tags"]])
print("problems:", problems or 0)
