import json, re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for k in range(1, 5):
    CALLS += importlib.import_module(f"calls_{k}").CALLS
RISK = ["none", "low", "medium", "high"]
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errs = []
def find(turns, ev, n, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        errs.append(f"call {n}: evidence {ev!r} found in turns {hits}")
        return -1
    return hits[0]
seen_sent = {}
for c in CALLS:
    n = c["n"]; cid = f"call-u183-{n:02d}"
    turns = []
    neg = []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line: continue
        tag, text = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(len(turns))
        if re.search(r"[A-Za-z0-9,.?!:;\"'()]", text):
            errs.append(f"call {n}: latin/digit/ascii punct in {text!r}")
        for s in re.split(r"[。？！]", text):
            s = s.strip()
            if len(s) >= 8:
                if s in seen_sent and seen_sent[s] != n:
                    errs.append(f"call {n}: sentence reused from call {seen_sent[s]}: {s}")
                seen_sent.setdefault(s, n)
        turns.append({"speaker": sp, "text": text})
    nt = len(turns)
    if not (10 <= nt <= 30): errs.append(f"call {n}: {nt} turns")
    if c["risk"] != RISK[(n - 1) % 4]: errs.append(f"call {n}: risk {c['risk']}")
    if c["ind"] != IND[(n - 1) // 5]: errs.append(f"call {n}: industry {c['ind']}")
    sigs = []
    for cat, ev in c.get("sig", []):
        if cat not in CATS: errs.append(f"call {n}: bad cat {cat}")
        sigs.append({"category": cat, "turn": find(turns, ev, n), "evidence": ev})
    if (c["risk"] == "none") != (len(sigs) == 0): errs.append(f"call {n}: none/signals mismatch")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    gr = c.get("gr", ("您好" in reps[0]) or ("你好" in reps[0]))
    cl = c.get("cl", any(w in reps[-1] for w in ("谢谢", "感谢", "祝", "多谢")))
    qa = {"greeting": gr, "self_intro": c["si"], "needs_discovery": c["nd"],
          "forbidden_words": [{"turn": find(turns, e, n, "rep"), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, n, "rep"), "evidence": e} for e in c.get("op", [])],
          "next_step": c["ns"], "closing": cl}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    for s in sigs + qa["forbidden_words"] + qa["over_promise"]:
        assert s["turn"] < 0 or s["evidence"] in turns[s["turn"]]["text"]
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
if len(CALLS) != 40: errs.append(f"{len(CALLS)} calls")
print("\n".join(errs) if errs else "build ok")
# stats
from collections import Counter
objs = [json.load(open(os.path.join(HERE, f"call-u183-{c['n']:02d}.json"))) for c in CALLS]
print("risk", Counter(o["labels"]["churn_risk"] for o in objs))
print("ind", Counter(o["industry"] for o in objs))
tl = [len(o["turns"]) for o in objs]
print("turns total", sum(tl), "long(>=20)", sum(t >= 20 for t in tl), "min", min(tl), "max", max(tl))
print("cats", Counter(cat for o in objs for cat in {s["category"] for s in o["labels"]["churn_signals"]}),
      "spans", sum(len(o["labels"]["churn_signals"]) for o in objs))
q = [o["labels"]["qa"] for o in objs]
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, sum(not x[k] for x in q), [o["id"][-2:] for o, x in zip(objs, q) if not x[k]])
print("fw calls", sum(bool(x["forbidden_words"]) for x in q), "op calls", sum(bool(x["over_promise"]) for x in q))
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
print("tags", Counter(t for o in objs for t in o["tags"]))
