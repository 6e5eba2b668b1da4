import json, re, collections, os
from calls_def import C, EX
D = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
cnt = collections.Counter(); cats = collections.Counter(); lens = collections.Counter(); spans = 0
for i, c in enumerate(C, 1):
    cid = "call-u34-%02d" % i
    T = list(c["T"])
    if i in EX:
        last = max(k for k, t in enumerate(T) if t[0] == "R")
        for k in range(last + 1, len(T)): assert all(k != x for x in c["NEG"]), cid
        T = T[:last] + EX[i] + T[last:]
        shift = len(EX[i])
        c["NEG"] = [k + shift if k >= last else k for k in c["NEG"]]
        for lst in ("S", "FW", "OP"): assert all(x[0] < last for x in c[lst]), (cid, lst)
    turns = [{"speaker": "rep" if t[0] == "R" else "customer", "text": t[2:]} for t in T]
    for k in range(1, len(turns)): assert turns[k]["speaker"] != turns[k-1]["speaker"], (cid, k)
    n = len(turns); assert 8 <= n <= 30, (cid, n)
    lens["short" if n <= 10 else "medium" if n <= 16 else "long"] += 1
    for t in turns: assert not bad.search(t["text"]), (cid, t["text"])
    def chk(turn, ev, who=None):
        assert ev in turns[turn]["text"], (cid, turn, ev)
        occ = [k for k, t in enumerate(turns) if ev in t["text"]]
        assert occ == [turn], (cid, ev, occ)
        if who: assert turns[turn]["speaker"] == who, (cid, turn, ev)
    sig = []
    for turn, cat, ev in c["S"]:
        chk(turn, ev); sig.append({"category": cat, "turn": turn, "evidence": ev})
    for turn, ev in list(c["FW"]) + list(c["OP"]): chk(turn, ev, "rep")
    for k in c["NEG"]: assert turns[k]["speaker"] == "customer", (cid, k)
    assert (c["risk"] == "none") == (not sig), cid
    q = c["Q"]
    labels = {"churn_risk": c["risk"], "churn_signals": sig,
              "qa": {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
                     "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["FW"]],
                     "over_promise": [{"turn": t, "evidence": e} for t, e in c["OP"]],
                     "next_step": q[3] == "1", "closing": q[4] == "1"},
              "customer_negative_turns": sorted(c["NEG"])}
    tags = list(c["tags"])
    json.dump({"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns, "labels": labels},
              open(os.path.join(D, cid + ".json"), "w"), ensure_ascii=False, indent=1)
    cnt[c["risk"]] += 1; spans += len(sig)
    for k in set(s["category"] for s in sig): cats[k] += 1
    print(cid, c["ind"], c["risk"], n, sorted(set(s["category"] for s in sig)), q, len(c["FW"]), len(c["OP"]))
print(dict(cnt), dict(lens), spans); print(dict(cats))
ind = collections.Counter(c["ind"] for c in C); print(dict(ind))
for k in range(5): print("QA missing item", k, sum(c["Q"][k] == "0" for c in C))
print("fw calls", sum(bool(c["FW"]) for c in C), "op calls", sum(bool(c["OP"]) for c in C), "neg turns", sum(len(c["NEG"]) for c in C))
print("hard_negative", sum("hard_negative" in c["tags"] for c in C))
