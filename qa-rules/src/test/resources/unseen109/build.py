"""Build call-u109-NN.json from calls_a.py / calls_b.py and run self-checks."""
import json, re, sys
from collections import Counter
from calls_a import CALLS_A
from calls_b import CALLS_B

CALLS = CALLS_A + CALLS_B
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []

def err(i, m):
    errs.append(f"call {i:02d}: {m}")

assert len(CALLS) == 40, len(CALLS)
for n, c in enumerate(CALLS, 1):
    cid = f"call-u109-{n:02d}"
    turns = [{"speaker": "rep" if t[0] == "R" else "customer", "text": t[1:]} for t in c["turns"]]
    for t in c["turns"]:
        assert t[0] in "RC"
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    for k, t in enumerate(turns):
        if BAD.search(t["text"]) or " " in t["text"]:
            err(n, f"turn {k} bad char {BAD.search(t['text'])}")
    for s in (c["scen"],):
        if BAD.search(s):
            err(n, "scenario bad char")
    if c["ind"] not in INDS:
        err(n, "industry")
    sigs = c.get("sig", [])
    for cat, k, ev in sigs:
        if cat not in CATS:
            err(n, f"cat {cat}")
        if ev not in turns[k]["text"]:
            err(n, f"signal evidence not in turn {k}: {ev}")
    if (c["risk"] == "none") != (len(sigs) == 0):
        err(n, "risk none vs signals mismatch")
    rep_idx = [k for k, t in enumerate(turns) if t["speaker"] == "rep"]
    miss = set(c.get("miss", []))
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    greet = ("您好" in first_rep) or ("你好" in first_rep)
    if greet != ("greeting" not in miss):
        err(n, "greeting heuristic disagrees")
    clos = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if clos != ("closing" not in miss):
        err(n, "closing heuristic disagrees")
    spans = {}
    for key in ("forb", "over"):
        lst = []
        for k, ev in c.get(key, []):
            if turns[k]["speaker"] != "rep":
                err(n, f"{key} on non-rep turn {k}")
            if ev not in turns[k]["text"]:
                err(n, f"{key} evidence not in turn {k}: {ev}")
            lst.append({"turn": k, "evidence": ev})
        spans[key] = lst
    for k in c.get("neg", []):
        if turns[k]["speaker"] != "customer":
            err(n, f"neg turn {k} not customer")
    qa = {"greeting": "greeting" not in miss, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss,
          "forbidden_words": spans["forb"], "over_promise": spans["over"],
          "next_step": "next_step" not in miss, "closing": "closing" not in miss}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in sigs],
                      "qa": qa, "customer_negative_turns": sorted(c.get("neg", []))}}
    with open(f"{cid}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution report
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"]) for c in CALLS), sum(len(c["turns"]) for c in CALLS))
cc = Counter(); spans = 0
for c in CALLS:
    spans += len(c.get("sig", []))
    for cat in {s[0] for s in c.get("sig", [])}:
        cc[cat] += 1
print("calls per category", dict(cc.most_common()), "spans", spans)
print("miss", Counter(m for c in CALLS for m in c.get("miss", [])),
      "calls with miss", sum(1 for c in CALLS if c.get("miss")))
print("forb calls", sum(1 for c in CALLS if c.get("forb")), "over calls", sum(1 for c in CALLS if c.get("over")))
print("neg turns", sum(len(c.get("neg", [])) for c in CALLS))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]),
      "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
# repeated sentences across calls
seen = {}
for n, c in enumerate(CALLS, 1):
    for t in c["turns"]:
        for s in re.split("[。？！]", t[1:]):
            if len(s) >= 10:
                if s in seen and seen[s] != n:
                    errs.append(f"repeated sentence in {seen[s]} and {n}: {s}")
                seen.setdefault(s, n)
print("\n".join(errs) if errs else "self-check OK")
sys.exit(1 if errs else 0)
