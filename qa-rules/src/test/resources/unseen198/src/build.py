"""Build call-u198-NN.json from calls_1..4.py and check labels mechanically.

Call format in the source files:
  dict(ind, risk, sc, tags, turns=["R:text", "C:text", ...],
       sig=[(category, turn, evidence)], qa=(greeting, self_intro, needs, next_step, closing),
       fw=[(turn, evidence)], op=[(turn, evidence)], neg=[turn, ...])
Calls are assigned to file numbers by a fixed shuffle (seed 198) so that the
file number does not reveal the risk level.
"""
import json, os, random, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
problems = []
def bad(i, msg):
    problems.append(f"source call {i}: {msg}")

order = list(range(len(calls)))
random.Random(198).shuffle(order)          # order[k] = source index written as file k+1
seen_text = {}
out = []
for k, i in enumerate(order):
    c = calls[i]
    cid = f"call-u198-{k+1:02d}"
    turns = []
    for t in c["turns"]:
        sp, text = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    n = len(turns)
    if not 8 <= n <= 12:
        bad(i, f"{n} turns")
    for j, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]):
            bad(i, f"turn {j} has ASCII: {t['text']}")
        if t["text"] in seen_text:
            bad(i, f"turn {j} duplicates a turn of source call {seen_text[t['text']]}")
        seen_text.setdefault(t["text"], i)
    if c["ind"] not in INDUSTRIES: bad(i, "industry")
    if c["risk"] not in RISKS: bad(i, "risk")
    sigs = []
    for cat, tn, ev in c["sig"]:
        if cat not in CATS: bad(i, f"category {cat}")
        if ev not in turns[tn]["text"]: bad(i, f"signal evidence not in turn {tn}: {ev}")
        sigs.append({"category": cat, "turn": tn, "evidence": ev})
    if c["risk"] == "none" and sigs: bad(i, "none call with signals")
    if c["risk"] != "none" and not sigs: bad(i, "risky call without signals")
    def spans(lst, what):
        r = []
        for tn, ev in lst:
            if turns[tn]["speaker"] != "rep": bad(i, f"{what} on non-rep turn {tn}")
            if ev not in turns[tn]["text"]: bad(i, f"{what} evidence not in turn {tn}: {ev}")
            r.append({"turn": tn, "evidence": ev})
        return r
    g, s, nd, ns, cl = (bool(x) for x in c["qa"])
    rep_idx = [j for j, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if g != ("您好" in first_rep or "你好" in first_rep): bad(i, "greeting flag vs first rep turn")
    if cl != bool(re.search("谢谢|感谢|祝", last_rep)): bad(i, "closing flag vs last rep turn")
    for tn in c["neg"]:
        if turns[tn]["speaker"] != "customer": bad(i, f"negative turn {tn} is not a customer turn")
    rec = {
        "id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": g, "self_intro": s, "needs_discovery": nd,
                   "forbidden_words": spans(c.get("fw", []), "forbidden"),
                   "over_promise": spans(c.get("op", []), "over_promise"),
                   "next_step": ns, "closing": cl},
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    out.append(rec)

if problems:
    print("\n".join(problems)); sys.exit(1)
for rec in out:
    with open(os.path.join(OUT, rec["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution summary
L = [r["labels"] for r in out]
print("calls", len(out), "turns", sum(len(r["turns"]) for r in out))
print("risk", Counter(l["churn_risk"] for l in L))
print("industry", Counter(r["industry"] for r in out))
print("industry x risk", sorted(Counter((r["industry"], r["labels"]["churn_risk"]) for r in out).items()))
print("turns/call", sorted(Counter(len(r["turns"]) for r in out).items()))
print("calls with category", Counter(c for l in L for c in {s["category"] for s in l["churn_signals"]}))
print("signal spans", sum(len(l["churn_signals"]) for l in L))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, sum(not l["qa"][k] for l in L))
print("forbidden calls", sum(bool(l["qa"]["forbidden_words"]) for l in L),
      "spans", sum(len(l["qa"]["forbidden_words"]) for l in L))
print("over_promise calls", sum(bool(l["qa"]["over_promise"]) for l in L),
      "spans", sum(len(l["qa"]["over_promise"]) for l in L))
print("negative customer turns", sum(len(l["customer_negative_turns"]) for l in L))
print("tags", Counter(t for r in out for t in r["tags"]))
print("hard negatives (none calls tagged hard_negative)",
      sum(r["labels"]["churn_risk"] == "none" and "hard_negative" in r["tags"] for r in out),
      "with negation", sum(r["labels"]["churn_risk"] == "none" and "negation" in r["tags"] for r in out))
print("id -> risk", [(r["id"][-2:], r["labels"]["churn_risk"]) for r in out])
