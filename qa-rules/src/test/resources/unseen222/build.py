#!/usr/bin/env python3
"""Build call-u222-NN.json from calls_1..4.py and check labels mechanically."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_1, calls_2, calls_3, calls_4

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
BAD = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,.?!:;()\"']")
errors = []
calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
assert [c["n"] for c in calls] == list(range(1, 41)), "numbering"
seen_sent = {}
for c in calls:
    cid = "call-u222-%02d" % c["n"]
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(c["turns"])]
    def err(m): errors.append(f"{cid}: {m}")
    if not 8 <= len(turns) <= 12: err(f"{len(turns)} turns")
    if c["ind"] not in INDS: err("industry")
    for i, t in enumerate(c["turns"]):
        if BAD.search(t): err(f"turn {i} has latin/digit/ascii punct: {BAD.findall(t)}")
        for s in re.split(r"[。？！]", t):
            if len(s) >= 8:
                if s in seen_sent and seen_sent[s] != cid: err(f"sentence reused from {seen_sent[s]}: {s}")
                seen_sent[s] = cid
    for cat, ti, ev in c["sig"]:
        if cat not in CATS: err(f"category {cat}")
        if ev not in c["turns"][ti]: err(f"signal evidence not in turn {ti}: {ev}")
    for kind in ("fw", "op"):
        for ti, ev in c[kind]:
            if ti % 2: err(f"{kind} span on customer turn {ti}")
            if ev not in c["turns"][ti]: err(f"{kind} evidence not in turn {ti}: {ev}")
    for ti in c["neg"]:
        if ti % 2 == 0 or ti >= len(turns): err(f"negative turn {ti} not a customer turn")
    if (c["risk"] == "none") != (not c["sig"]): err("none <=> no signals violated")
    qa = {"greeting": "G" in c["qa"], "self_intro": "S" in c["qa"], "needs_discovery": "N" in c["qa"],
          "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
          "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
          "next_step": "X" in c["qa"], "closing": "C" in c["qa"]}
    tags = list(c["tags"])
    for k in sorted({s[0] for s in c["sig"]}):
        tk = "competitor_mention" if k == "competitor" else k
        if tk not in tags: tags.insert(len(tags) - 1 if tags and tags[-1] == "short" else len(tags), tk)
    c["tags"] = tags
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": k, "turn": t, "evidence": e} for k, t, e in c["sig"]],
                      "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution summary
risk = collections.Counter(c["risk"] for c in calls)
ind = collections.Counter(c["ind"] for c in calls)
cat_calls = collections.Counter(k for c in calls for k in {s[0] for s in c["sig"]})
nturns = collections.Counter(len(c["turns"]) for c in calls)
print("risk", dict(risk)); print("industry", dict(ind))
print("turns total", sum(len(c["turns"]) for c in calls), "per-call", dict(sorted(nturns.items())))
print("calls per category", dict(cat_calls.most_common()), "spans", sum(len(c["sig"]) for c in calls))
for k, name in zip("GSNXC", ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]):
    print(f"{name} missing:", [c["n"] for c in calls if k not in c["qa"]])
print("forbidden calls:", [c["n"] for c in calls if c["fw"]], "over_promise calls:", [c["n"] for c in calls if c["op"]])
print("negative customer turns:", sum(len(c["neg"]) for c in calls))
tagc = collections.Counter(t for c in calls for t in c["tags"])
print("tags", dict(tagc.most_common()))
print("ERRORS:", len(errors)); print("\n".join(errors))
sys.exit(1 if errors else 0)
