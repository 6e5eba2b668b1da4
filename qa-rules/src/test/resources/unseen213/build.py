"""Build call-u213-NN.json from calls_*.py.
Call spec: dict(n, ind, risk, sc, tags, t=[turn texts], sig=[(cat, evidence[, turn])],
qa=dict(intro, need, nxt), fw=[evidence], op=[evidence]).
Turns alternate rep/customer starting with rep; a customer turn prefixed with '!' is a
customer_negative_turn. greeting/closing are derived from the text and cross-checked with
optional declared values."""
import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
calls = []
for k in range(1, 5):
    if os.path.exists(os.path.join(OUT, f"calls_{k}.py")):
        calls += __import__(f"calls_{k}").CALLS
errs = []
def find(turns, ev, allowed, hint=None):
    if hint is not None:
        if ev not in turns[hint]["text"]: errs.append(f"evidence not in turn {hint}: {ev}")
        return hint
    hits = [i for i in allowed if ev in turns[i]["text"]]
    if len(hits) != 1: errs.append(f"evidence {ev!r} found in turns {hits}")
    return hits[0] if hits else -1
ids = set()
for c in calls:
    cid = f"call-u213-{c['n']:02d}"
    assert cid not in ids, cid; ids.add(cid)
    turns, neg = [], []
    for i, tx in enumerate(c["t"]):
        sp = "rep" if i % 2 == 0 else "customer"
        if tx.startswith("!"):
            assert sp == "customer", (cid, i); tx = tx[1:]; neg.append(i)
        if re.search(r"[A-Za-z0-9]", tx): errs.append(f"{cid} turn {i} latin/digit: {tx}")
        if re.search(r"[,\.\?!:;\(\)\"']", tx): errs.append(f"{cid} turn {i} ascii punct: {tx}")
        turns.append({"speaker": sp, "text": tx})
    n = len(turns)
    if not (10 <= n <= 30): errs.append(f"{cid} has {n} turns")
    reps = [i for i in range(n) if i % 2 == 0]
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]; hint = s[2] if len(s) > 2 else None
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": find(turns, ev, range(n), hint), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    greet = ("您好" in turns[0]["text"] or "你好" in turns[0]["text"])
    last = turns[reps[-1]]["text"]
    clos = any(w in last for w in ("谢谢", "感谢", "祝"))
    q = c.get("qa", {})
    for key, val in (("greeting", greet), ("closing", clos)):
        if key in q and q[key] != val: errs.append(f"{cid} {key} declared {q[key]} derived {val}")
    qa = {"greeting": greet, "self_intro": q.get("intro", True), "needs_discovery": q.get("need", True),
          "forbidden_words": [{"turn": find(turns, e, reps), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(turns, e, reps), "evidence": e} for e in c.get("op", [])],
          "next_step": q.get("nxt", True), "closing": clos}
    risk = c["risk"]
    if risk == "none" and sigs: errs.append(f"{cid} none with signals")
    if risk != "none" and not sigs: errs.append(f"{cid} {risk} without signals")
    assert c["ind"] in IND, c["ind"]
    c["_n"] = n; c["_qa"] = qa; c["_sigs"] = sigs; c["_neg"] = neg
    present = []
    for s_ in sigs:
        if s_["category"] not in present: present.append(s_["category"])
    tags = [t for t in c["tags"] if t not in CATS] + present
    if len(c["t"]) <= 13 and "short" not in tags: tags.append("short")
    c["tags"] = tags
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
# duplicate sentences across calls
seen = collections.defaultdict(set)
for c in calls:
    for tx in c["t"]:
        for s in re.split(r"[。？！]", tx.lstrip("!")):
            if len(s) >= 8: seen[s].add(c["n"])
for s, ns in seen.items():
    if len(ns) > 1: errs.append(f"sentence reused in {sorted(ns)}: {s}")
print("calls", len(calls))
print("risk", collections.Counter(c["risk"] for c in calls))
print("industry", collections.Counter(c["ind"] for c in calls))
print("ind x risk", sorted(collections.Counter((c["ind"], c["risk"]) for c in calls).items()))
print("turns", sorted(c["_n"] for c in calls), "total", sum(c["_n"] for c in calls),
      "long(>=20)", sum(c["_n"] >= 20 for c in calls))
cc = collections.Counter(); spans = 0
for c in calls:
    spans += len(c["_sigs"]); cc.update({s["category"] for s in c["_sigs"]})
print("calls per category", cc.most_common(), "spans", spans)
for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
    print("missing", k, [c["n"] for c in calls if not c["_qa"][k]])
print("forbidden calls", [c["n"] for c in calls if c["_qa"]["forbidden_words"]])
print("over_promise calls", [c["n"] for c in calls if c["_qa"]["over_promise"]])
print("neg turns", sum(len(c["_neg"]) for c in calls))
print("tags", collections.Counter(t for c in calls for t in c["tags"]).most_common())
print("ERRORS", len(errs)); [print(" ", e) for e in errs]
