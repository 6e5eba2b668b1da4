#!/usr/bin/env python3
"""Build call-e48-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
errors = []
def err(n, m): errors.append(f"call {n}: {m}")

seen_sentences = {}
out = []
for cd in CALLS:
    n = cd["n"]
    turns = []
    for line in cd["turns"].strip().splitlines():
        sp, text = line.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if re.search(r"[\x00-\x7f]", text):
            err(n, f"ascii char in: {text}")
        for s in re.split(r"[。？！]", text):
            if len(s) >= 8:
                if s in seen_sentences and seen_sentences[s] != n:
                    err(n, f"sentence repeated from call {seen_sentences[s]}: {s}")
                seen_sentences.setdefault(s, n)
    if not 8 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    if cd["industry"] not in INDUSTRIES: err(n, "industry")
    def span(t, ev, who, kind):
        if not 0 <= t < len(turns): err(n, f"{kind} turn {t} out of range"); return
        if ev not in turns[t]["text"]: err(n, f"{kind} evidence not in turn {t}: {ev}")
        if who and turns[t]["speaker"] != who: err(n, f"{kind} turn {t} not {who}")
    sigs = []
    for cat, t, ev in cd["sig"]:
        if cat not in CATS: err(n, f"bad category {cat}")
        span(t, ev, None, "signal")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (cd["risk"] == "none") != (not sigs): err(n, "risk/signals mismatch")
    fw = [{"turn": t, "evidence": e} for t, e in cd["fw"]]
    op = [{"turn": t, "evidence": e} for t, e in cd["op"]]
    for t, e in cd["fw"]: span(t, e, "rep", "forbidden")
    for t, e in cd["op"]: span(t, e, "rep", "over_promise")
    for t in cd["neg"]:
        if turns[t]["speaker"] != "customer": err(n, f"neg turn {t} not customer")
    q = cd["qa"]
    rep_idx = [i for i, x in enumerate(turns) if x["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if ("G" in q) != ("您好" in first or "你好" in first): err(n, "greeting flag vs text")
    if ("E" in q) != any(w in last for w in ("谢谢", "感谢", "祝")): err(n, "closing flag vs text")
    cid = f"call-e48-{n:02d}"
    obj = {"id": cid, "industry": cd["industry"], "scenario": cd["scenario"], "tags": cd["tags"], "turns": turns,
           "labels": {"churn_risk": cd["risk"], "churn_signals": sigs,
                      "qa": {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
                             "forbidden_words": fw, "over_promise": op, "next_step": "X" in q, "closing": "E" in q},
                      "customer_negative_turns": sorted(cd["neg"])}}
    out.append(obj)

nums = [cd["n"] for cd in CALLS]
if sorted(nums) != list(range(1, 61)): errors.append("call numbers not 1..60")
risk = Counter(o["labels"]["churn_risk"] for o in out)
ind = Counter(o["industry"] for o in out)
cats = Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
if any(risk[r] != 15 for r in ("none", "low", "medium", "high")): errors.append(f"risk counts {risk}")
for e in errors: print("ERROR", e)
if errors: sys.exit(1)
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1); f.write("\n")
qa_miss = Counter(k for o in out for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing") if not o["labels"]["qa"][k])
print("written", len(out))
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats.most_common()))
print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in out), "turns", sum(len(o["turns"]) for o in out))
print("qa missing", dict(qa_miss), "calls with a miss", sum(1 for o in out if any(not o["labels"]["qa"][k] for k in qa_miss)))
print("forbidden calls", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]), "over_promise calls", sum(1 for o in out if o["labels"]["qa"]["over_promise"]))
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("hard_negative", sum(1 for o in out if "hard_negative" in o["tags"]), "negation", sum(1 for o in out if "negation" in o["tags"]))
print("turn lengths", Counter(len(o["turns"]) for o in out))
