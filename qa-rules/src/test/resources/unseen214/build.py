#!/usr/bin/env python3
"""Build call-u214-NN.json from calls_1..4.py and run consistency checks."""
import json, os, re, sys, collections, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
def load(i):
    spec = importlib.util.spec_from_file_location(f"calls_{i}", os.path.join(HERE, f"calls_{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS
calls = [c for i in range(1,5) for c in load(i)]
errs = []
def err(cid, msg): errs.append(f"{cid}: {msg}")
seen_sent = collections.defaultdict(set)
for c in calls:
    cid = f"call-u214-{c['n']:02d}"
    turns = [{"speaker": "rep" if k % 2 == 0 else "customer", "text": t} for k, t in enumerate(c["turns"])]
    if not 8 <= len(turns) <= 12: err(cid, f"{len(turns)} turns")
    for k, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]): err(cid, f"latin/digit in turn {k}")
        if re.search(r"[,.?!:;]", t["text"]): err(cid, f"ascii punctuation in turn {k}")
        for s in re.split(r"[。？！…]", t["text"]):
            if len(s) >= 7: seen_sent[s].add(cid)
    if c["industry"] not in INDUSTRIES: err(cid, "industry")
    sigs = []
    for (ti, cat, ev) in c["signals"]:
        if cat not in CATS: err(cid, f"bad category {cat}")
        if ev not in turns[ti]["text"]: err(cid, f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    for cat in {x["category"] for x in sigs}:
        if cat not in c["tags"]: err(cid, f"tag missing for category {cat}")
    if (c["risk"] == "none") != (len(sigs) == 0): err(cid, "none iff no signals violated")
    q = c["qa"]; miss = q.get("miss", "")
    spans = {}
    for key in ("fw", "op"):
        lst = []
        for (ti, ev) in q.get(key, []):
            if turns[ti]["speaker"] != "rep": err(cid, f"{key} on non-rep turn {ti}")
            if ev not in turns[ti]["text"]: err(cid, f"{key} evidence not in turn {ti}: {ev}")
            lst.append({"turn": ti, "evidence": ev})
        spans[key] = lst
    greeting = "g" not in miss
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if greeting != ("您好" in first_rep or "你好" in first_rep): err(cid, "greeting flag inconsistent with first rep turn")
    for k in c["neg"]:
        if turns[k]["speaker"] != "customer": err(cid, f"negative turn {k} not customer")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    closing = "c" not in miss
    if closing != bool(re.search(r"谢谢|感谢|祝|多谢", last_rep)): err(cid, "closing flag inconsistent with last rep turn")
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": greeting, "self_intro": "s" not in miss, "needs_discovery": "n" not in miss,
                             "forbidden_words": spans["fw"], "over_promise": spans["op"],
                             "next_step": "x" not in miss, "closing": closing},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
for s, ids in seen_sent.items():
    if len(ids) > 1: err(",".join(sorted(ids)), f"reused sentence: {s}")
ids = [c["n"] for c in calls]
if sorted(ids) != list(range(1, 41)): err("all", "ids not 1..40")
rc = collections.Counter(c["risk"] for c in calls); ic = collections.Counter(c["industry"] for c in calls)
if any(rc[r] != 10 for r in ("none","low","medium","high")): err("all", f"risk dist {rc}")
if any(ic[i] != 5 for i in INDUSTRIES): err("all", f"industry dist {ic}")
# stats
cat_calls = collections.Counter(); nsig = 0
for c in calls:
    nsig += len(c["signals"])
    for cat in {s[1] for s in c["signals"]}: cat_calls[cat] += 1
tc = collections.Counter(len(c["turns"]) for c in calls)
miss = collections.Counter(ch for c in calls for ch in c["qa"].get("miss", ""))
print("risk", dict(rc)); print("industry", dict(ic)); print("turns per call", dict(sorted(tc.items())), "total", sum(len(c["turns"]) for c in calls))
print("calls per category", dict(cat_calls.most_common()), "spans", nsig)
print("qa misses", dict(miss), "fw calls", sum(1 for c in calls if c["qa"].get("fw")), "op calls", sum(1 for c in calls if c["qa"].get("op")))
print("neg turns", sum(len(c["neg"]) for c in calls))
print("tag counts", dict(collections.Counter(t for c in calls for t in c["tags"]).most_common()))
print(f"{len(errs)} problems"); [print(" ", e) for e in errs]
sys.exit(1 if errs else 0)
