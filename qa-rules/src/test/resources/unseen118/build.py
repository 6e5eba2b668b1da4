import json, re, os, sys
from calls_def import CALLS
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
bad = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
errs = []
def find(turns, ev, kinds, n):
    hits = [i for i, t in enumerate(turns) if t["speaker"] in kinds and ev in t["text"]]
    if len(hits) != 1: errs.append(f"{n}: evidence {ev!r} found in turns {hits}")
    return hits[0] if hits else -1
assert len(CALLS) == 40
for k, c in enumerate(CALLS, 1):
    n = f"call-u118-{k:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        p, text = line.split("|", 1)
        if bad.search(text): errs.append(f"{n}: bad char in {text}")
        if p == "N": neg.append(len(turns))
        turns.append({"speaker": "rep" if p == "R" else "customer", "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{n}: {len(turns)} turns")
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[-1]
        assert cat in CATS, cat
        if len(s) == 3: t = s[1]
        else:
            t = find(turns, ev, {"customer"}, n) if any(x["speaker"]=="customer" and ev in x["text"] for x in turns) else find(turns, ev, {"rep"}, n)
        assert ev in turns[t]["text"]
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): errs.append(f"{n}: risk/signals mismatch")
    miss = c.get("miss", set())
    reps = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[reps[0]]["text"], turns[reps[-1]]["text"]
    g = ("您好" in first or "你好" in first)
    if g != ("greeting" not in miss): errs.append(f"{n}: greeting check")
    cl = any(w in last for w in ("谢谢", "感谢", "祝"))
    if cl != ("closing" not in miss): errs.append(f"{n}: closing check")
    qa = {"greeting": "greeting" not in miss, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss,
          "forbidden_words": [{"turn": find(turns, e, {"rep"}, n), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, {"rep"}, n), "evidence": e} for e in c.get("op", [])],
          "next_step": "next_step" not in miss, "closing": "closing" not in miss}
    tags = list(c["tags"])
    if len(turns) <= 10: tags.append("short")
    obj = {"id": n, "industry": IND[(k - 1) % 8], "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(f"{n}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
print("\n".join(errs) or "build ok")
