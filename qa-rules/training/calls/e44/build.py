#!/usr/bin/env python3
"""Build call-e44-NN.json from calls_*.py and check labels mechanically."""
import json, os, re, string, sys, collections, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9" + re.escape(string.punctuation) + r"\s]")

calls = []
for mod in ["calls_a", "calls_b", "calls_c", "calls_d"]:
    try:
        m = importlib.import_module(mod)
    except ModuleNotFoundError:
        continue
    calls += m.CALLS

problems = []
def bad(n, msg):
    problems.append(f"call {n}: {msg}")

out = []
for c in calls:
    n = c["n"]
    turns = []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    if not 8 <= len(turns) <= 30:
        bad(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        m = BAD.search(t["text"])
        if m:
            bad(n, f"turn {i} bad char {m.group()!r}")
    if c["ind"] not in INDUSTRIES:
        bad(n, "industry")
    sigs = []
    for cat, ti, ev in c["sig"]:
        if cat not in CATS:
            bad(n, f"cat {cat}")
        if ev not in turns[ti]["text"]:
            bad(n, f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        bad(n, "risk/signals mismatch")
    def spans(lst, what):
        res = []
        for ti, ev in lst:
            if turns[ti]["speaker"] != "rep":
                bad(n, f"{what} on customer turn {ti}")
            if ev not in turns[ti]["text"]:
                bad(n, f"{what} evidence not in turn {ti}: {ev}")
            res.append({"turn": ti, "evidence": ev})
        return res
    g, s, nd, ns, cl = [ch == "1" for ch in c["qa"]]
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if has_greet != g:
        bad(n, f"greeting heuristic {has_greet} vs {g}")
    has_close = any(w in rep_turns[-1] for w in ["谢谢", "感谢", "祝", "多谢"])
    if has_close != cl:
        bad(n, f"closing heuristic {has_close} vs {cl}")
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer":
            bad(n, f"neg turn {ti} not customer")
    cid = f"call-e44-{n:02d}"
    obj = {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {
                "greeting": g, "self_intro": s, "needs_discovery": nd,
                "forbidden_words": spans(c.get("fw", []), "fw"),
                "over_promise": spans(c.get("op", []), "op"),
                "next_step": ns, "closing": cl,
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    out.append(obj)

ns_ = [c["n"] for c in calls]
if len(set(ns_)) != len(ns_):
    bad(0, "duplicate numbers")

# duplicate sentence check across calls
seen = {}
for o in out:
    for t in o["turns"]:
        for sent in re.split(r"[。？！]", t["text"]):
            if len(sent) >= 10:
                if sent in seen and seen[sent] != o["id"]:
                    bad(0, f"repeated sentence {sent} in {seen[sent]} and {o['id']}")
                seen[sent] = o["id"]

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# stats
risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
ind = collections.Counter(o["industry"] for o in out)
cat = collections.Counter()
for o in out:
    for k in {s["category"] for s in o["labels"]["churn_signals"]}:
        cat[k] += 1
nspans = sum(len(o["labels"]["churn_signals"]) for o in out)
qa = collections.Counter()
for o in out:
    q = o["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]:
            qa[k + "_missing"] += 1
    if q["forbidden_words"]:
        qa["forbidden_words_calls"] += 1
    if q["over_promise"]:
        qa["over_promise_calls"] += 1
miss_calls = sum(1 for o in out if not all(o["labels"]["qa"][k] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]))
tags = collections.Counter(t for o in out for t in o["tags"])
nturns = [len(o["turns"]) for o in out]
print("calls", len(out), "turns", sum(nturns), "min/max", min(nturns) if nturns else 0, max(nturns) if nturns else 0)
print("short(<=11)", sum(1 for x in nturns if x <= 11), "medium(12-18)", sum(1 for x in nturns if 12 <= x <= 18), "long(>=19)", sum(1 for x in nturns if x >= 19))
print("risk", dict(risk))
print("industry", dict(ind))
print("categories (calls)", dict(cat), "spans", nspans)
print("qa", dict(qa), "calls with a missed boolean", miss_calls)
print("tags", dict(tags))
print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("PROBLEMS", len(problems))
for p in problems:
    print("  ", p)
