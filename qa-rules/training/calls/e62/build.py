#!/usr/bin/env python3
"""Build call-e62-NN.json from calls_1..4.py and check them."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
problems = []
def bad(n, msg):
    problems.append(f"call-e62-{n:02d}: {msg}")

sentences = collections.defaultdict(list)
out = []
for c in calls:
    n = c["n"]
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(c["turns"])]
    if not 8 <= len(turns) <= 12:
        bad(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]) or re.search(r"[０-９Ａ-Ｚａ-ｚ]", t["text"]):
            bad(n, f"turn {i} has ASCII/latin/digit: {t['text']}")
        for s in re.split(r"[。？！…]+", t["text"]):
            s = s.strip("，、 ")
            if len(s) >= 8:
                sentences[s].append(n)
    if re.search(r"[\x00-\x7f]", c["scenario"]):
        bad(n, "scenario has ASCII")
    if c["industry"] not in INDUSTRIES: bad(n, "industry")
    if c["risk"] not in RISKS: bad(n, "risk")
    sigs = []
    for cat, ti, ev in c["signals"]:
        if cat not in CATS: bad(n, f"category {cat}")
        if ti >= len(turns) or ev not in turns[ti]["text"]:
            bad(n, f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if c["risk"] == "none" and sigs: bad(n, "none with signals")
    if c["risk"] != "none" and not sigs: bad(n, "non-none without signals")
    def spans(lst, kind):
        r = []
        for ti, ev in lst:
            if ti >= len(turns) or turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                bad(n, f"{kind} span bad at turn {ti}: {ev}")
            r.append({"turn": ti, "evidence": ev})
        return r
    g, s, nd, ns, cl = c["qa"]
    for ti in c["neg"]:
        if ti >= len(turns) or turns[ti]["speaker"] != "customer":
            bad(n, f"negative turn {ti} not a customer turn")
    tags = list(c["tags"])
    for x in sigs:
        if x["category"] not in tags: tags.append(x["category"])
    for x in list(tags):
        if x in CATS and x not in {y["category"] for y in sigs}:
            tags.remove(x)
    if c["fw"] and "forbidden_words" not in tags: pass
    if c["op"] and "over_promise" not in tags: tags.append("over_promise")
    cid = f"call-e62-{n:02d}"
    out.append({
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": bool(g), "self_intro": bool(s), "needs_discovery": bool(nd),
                   "forbidden_words": spans(c["fw"], "forbidden"),
                   "over_promise": spans(c["op"], "over_promise"),
                   "next_step": bool(ns), "closing": bool(cl)},
            "customer_negative_turns": sorted(c["neg"]),
        },
    })

for s, ns in sentences.items():
    if len(set(ns)) > 1:
        problems.append(f"sentence reused in calls {sorted(set(ns))}: {s}")

nums = [c["n"] for c in calls]
if sorted(nums) != list(range(1, 41)): problems.append("call numbers not 1..40")
rc = collections.Counter(c["risk"] for c in calls)
ic = collections.Counter(c["industry"] for c in calls)
if any(rc[r] != 10 for r in RISKS): problems.append(f"risk counts {rc}")
if any(ic[i] != 5 for i in INDUSTRIES): problems.append(f"industry counts {ic}")

for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
print("risk:", dict(rc)); print("industry:", dict(ic))
tc = collections.Counter(len(d["turns"]) for d in out)
print("turns per call:", dict(sorted(tc.items())), "total", sum(len(d["turns"]) for d in out))
cat_calls = collections.Counter(); cat_spans = collections.Counter()
for d in out:
    cs = {x["category"] for x in d["labels"]["churn_signals"]}
    cat_calls.update(cs); cat_spans.update(x["category"] for x in d["labels"]["churn_signals"])
print("calls per category:", dict(cat_calls.most_common()))
print("spans per category:", dict(cat_spans.most_common()), "total", sum(cat_spans.values()))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    miss = [d["id"][-2:] for d in out if not d["labels"]["qa"][k]]
    print(f"{k} missing in {len(miss)}: {miss}")
for k in ["forbidden_words", "over_promise"]:
    has = [d["id"][-2:] for d in out if d["labels"]["qa"][k]]
    print(f"{k} in {len(has)} calls ({sum(len(d['labels']['qa'][k]) for d in out)} spans): {has}")
for tg in ["hard_negative", "negation", "competitor_mention", "price_mention", "ambiguous", "big_account", "silent_churn", "complaint"]:
    has = [(d["id"][-2:], d["labels"]["churn_risk"]) for d in out if tg in d["tags"]]
    print(f"tag {tg}: {len(has)} {has}")
print("negative customer turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print(f"{len(problems)} problems")
for p in problems: print("  ", p)
sys.exit(1 if problems else 0)
