import json, os, re, sys, collections, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
calls = []
for k in (1, 2, 3, 4):
    try:
        calls += importlib.import_module("calls_%d" % k).CALLS
    except ModuleNotFoundError:
        pass
problems = []
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
       "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
seen_sent = {}
for c in calls:
    L = c["labels"]; T = c["turns"]
    if c["industry"] not in IND: problems.append((c["id"], "industry"))
    if not 10 <= len(T) <= 30: problems.append((c["id"], "turns", len(T)))
    for i, t in enumerate(T):
        if re.search(r"[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", t["text"]):
            problems.append((c["id"], "latin/digit", i, t["text"]))
        if re.search(r"[,?!:;]", t["text"]):
            problems.append((c["id"], "ascii punct", i, t["text"]))
        for s in re.split(r"[。！？，；…]", t["text"]):
            if len(s) >= 9:
                if s in seen_sent and seen_sent[s] != c["id"]:
                    problems.append((c["id"], "dup sentence", s, seen_sent[s]))
                seen_sent.setdefault(s, c["id"])
    for s in L["churn_signals"]:
        assert s["evidence"] in T[s["turn"]]["text"]
        if s["category"] not in CATS: problems.append((c["id"], "cat", s))
    for k in ("forbidden_words", "over_promise"):
        for s in L["qa"][k]:
            assert s["evidence"] in T[s["turn"]]["text"] and T[s["turn"]]["speaker"] == "rep"
    for i in L["customer_negative_turns"]:
        assert T[i]["speaker"] == "customer"
    if (L["churn_risk"] == "none") != (not L["churn_signals"]):
        problems.append((c["id"], "risk/signal mismatch"))
ids = [c["id"] for c in calls]
assert len(set(ids)) == len(ids)
for c in calls:
    with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
        f.write("\n")
# summary
print("calls", len(calls), "turns", sum(len(c["turns"]) for c in calls))
print("risk", collections.Counter(c["labels"]["churn_risk"] for c in calls))
print("industry", collections.Counter(c["industry"] for c in calls))
print("long(20-30)", sum(len(c["turns"]) >= 20 for c in calls))
cat_calls = collections.Counter(); spans = 0
for c in calls:
    cs = {s["category"] for s in c["labels"]["churn_signals"]}; cat_calls.update(cs)
    spans += len(c["labels"]["churn_signals"])
print("categories (calls)", dict(cat_calls), "spans", spans)
qa = collections.Counter()
for c in calls:
    q = c["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
print("qa", dict(qa))
print("negative turns", sum(len(c["labels"]["customer_negative_turns"]) for c in calls))
print("tags", collections.Counter(t for c in calls for t in c["tags"]))
if "-v" in sys.argv:
    for c in calls:
        L = c["labels"]; q = L["qa"]
        print(c["id"], c["industry"], L["churn_risk"], len(c["turns"]), "g%d s%d n%d x%d c%d" % (
            q["greeting"], q["self_intro"], q["needs_discovery"], q["next_step"], q["closing"]),
            [(s["category"], s["turn"], c["turns"][s["turn"]]["speaker"][0]) for s in L["churn_signals"]],
            "neg", L["customer_negative_turns"])
print("problems", len(problems))
for p in problems: print(" ", p)
