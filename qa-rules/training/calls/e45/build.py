import json, re, sys, collections
from calls_a import CALLS as A
from calls_b import CALLS as B
from calls_c import CALLS as C
from calls_d import CALLS as D

calls = A + B + C + D
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
probs = []
for x in calls:
    cid, T = x["id"], x["turns"]
    L = x["labels"]
    if not 8 <= len(T) <= 30: probs.append((cid, "turn count", len(T)))
    for i, t in enumerate(T):
        if bad.search(t["text"]): probs.append((cid, "bad char", i, bad.findall(t["text"])))
    if bad.search(x["scenario"]): probs.append((cid, "bad char scen"))
    for s in L["churn_signals"]:
        if s["evidence"] not in T[s["turn"]]["text"]: probs.append((cid, "sig ev", s))
    if (L["churn_risk"] == "none") != (not L["churn_signals"]): probs.append((cid, "risk/signals"))
    qa = L["qa"]
    for k in ("forbidden_words", "over_promise"):
        for s in qa[k]:
            if T[s["turn"]]["speaker"] != "rep" or s["evidence"] not in T[s["turn"]]["text"]:
                probs.append((cid, k, s))
    for i in L["customer_negative_turns"]:
        if T[i]["speaker"] != "customer": probs.append((cid, "neg not customer", i))
    reps = [t["text"] for t in T if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: probs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: probs.append((cid, "closing mismatch"))
for p in probs: print(p)
print("calls", len(calls), "problems", len(probs))
print(collections.Counter(x["labels"]["churn_risk"] for x in calls))
print(collections.Counter(x["industry"] for x in calls))
cats = collections.Counter()
for x in calls:
    for k in set(s["category"] for s in x["labels"]["churn_signals"]): cats[k] += 1
print("calls per category", cats)
print("spans", sum(len(x["labels"]["churn_signals"]) for x in calls))
miss = collections.Counter()
for x in calls:
    q = x["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not q[k]: miss[k] += 1
    if q["forbidden_words"]: miss["forbidden"] += 1
    if q["over_promise"]: miss["over_promise"] += 1
print("qa", miss, "calls with a miss", sum(1 for x in calls if not all(x["labels"]["qa"][k] for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"))))
print("neg turns", sum(len(x["labels"]["customer_negative_turns"]) for x in calls))
print("turns", sum(len(x["turns"]) for x in calls), sorted(collections.Counter(len(x["turns"]) for x in calls).items()))
print("hard_negative", sum(1 for x in calls if "hard_negative" in x["tags"]))
if "--write" in sys.argv:
    for x in calls:
        with open("%s.json" % x["id"], "w", encoding="utf-8") as f:
            json.dump(x, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("written")
