"""Build call-u264-NN.json files from calls_1.py .. calls_4.py and check them."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
BAD = re.compile(r"[\x00-\x7f]")  # any ASCII: Latin letters, digits, ASCII punctuation, spaces

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def span(cid, turns, t, ev, kind, speaker=None):
    if not (0 <= t < len(turns)):
        err(cid, f"{kind} turn {t} out of range"); return
    if ev not in turns[t]["text"]:
        err(cid, f"{kind} evidence not in turn {t}: {ev}")
    if speaker and turns[t]["speaker"] != speaker:
        err(cid, f"{kind} turn {t} is not a {speaker} turn")
    if BAD.search(ev):
        err(cid, f"{kind} evidence has ASCII: {ev}")

out = []
seen = set()
for c in calls:
    cid = f"call-u264-{c['n']:02d}"
    if cid in seen:
        err(cid, "duplicate id")
    seen.add(cid)
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t}
             for i, t in enumerate(c["turns"])]
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if BAD.search(t["text"]):
            err(cid, f"turn {i} has ASCII characters: {BAD.findall(t['text'])}")
    if BAD.search(c["scenario"]):
        err(cid, "scenario has ASCII characters")
    if c["industry"] not in INDUSTRIES:
        err(cid, "bad industry")
    if c["risk"] not in RISKS:
        err(cid, "bad risk")
    if (c["risk"] == "none") != (len(c["signals"]) == 0):
        err(cid, "risk none must have no signals; others at least one")
    for cat, t, ev in c["signals"]:
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        span(cid, turns, t, ev, "signal")
    for t, ev in c["fw"]:
        span(cid, turns, t, ev, "forbidden_words", "rep")
    for t, ev in c["op"]:
        span(cid, turns, t, ev, "over_promise", "rep")
    for t in c["neg"]:
        if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
            err(cid, f"negative turn {t} is not a customer turn")
    g, si, nd, ns, cl = (bool(x) for x in c["qa"])
    first_rep = turns[0]["text"]
    if g != ("您好" in first_rep or "你好" in first_rep):
        err(cid, "greeting flag disagrees with first rep turn")
    doc = {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": cat, "turn": t, "evidence": ev}
                              for cat, t, ev in c["signals"]],
            "qa": {
                "greeting": g, "self_intro": si, "needs_discovery": nd,
                "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in c["fw"]],
                "over_promise": [{"turn": t, "evidence": ev} for t, ev in c["op"]],
                "next_step": ns, "closing": cl,
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    out.append(doc)

if len(out) != 40:
    errors.append(f"expected 40 calls, got {len(out)}")
rc = Counter(d["labels"]["churn_risk"] for d in out)
if any(rc[r] != 10 for r in RISKS):
    errors.append(f"risk counts {dict(rc)}")
ic = Counter(d["industry"] for d in out)
if set(ic) != INDUSTRIES:
    errors.append(f"industries {dict(ic)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

sig = Counter(s["category"] for d in out for s in d["labels"]["churn_signals"])
calls_with = Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
qa = {k: sum(1 for d in out if not d["labels"]["qa"][k])
      for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
print(f"wrote {len(out)} calls, {sum(len(d['turns']) for d in out)} turns")
print("risk:", dict(rc))
print("industry:", dict(ic))
print("signal spans per category:", dict(sig.most_common()), "total", sum(sig.values()))
print("calls containing category:", dict(calls_with.most_common()))
print("qa missing (calls):", qa)
print("forbidden_words calls:", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
      "over_promise calls:", sum(1 for d in out if d["labels"]["qa"]["over_promise"]))
print("customer negative turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
