import json, re, sys, collections
sys.path.insert(0, '.')
import calls_a, calls_b, calls_c, calls_d
CALLS = calls_a.CALLS
CATS = "price competitor service quality communication contact_change demand_reduction non_renewal channel_conflict".split()
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errs = []
assert len(CALLS) == 60, len(CALLS)
for i, c in enumerate(CALLS, 1):
    cid = "call-e26-%02d" % i
    turns = [{"speaker": "rep" if k % 2 == 0 else "customer", "text": t} for k, t in enumerate(c["turns"])]
    for k, t in enumerate(turns):
        if bad.search(t["text"]) or not t["text"]: errs.append((cid, k, "bad char", t["text"]))
    def chk(turn, ev, who=None):
        hits = [k for k, t in enumerate(turns) if ev in t["text"]]
        if hits != [turn]: errs.append((cid, "evidence", ev, turn, hits))
        if who and turns[turn]["speaker"] != who: errs.append((cid, "speaker", ev))
    for cat, t, ev in c["sig"]:
        assert cat in CATS, cat; chk(t, ev)
    for t, ev in c["fw"] + c["op"]: chk(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": errs.append((cid, "neg", t))
    if c["risk"] == "none" and c["sig"]: errs.append((cid, "none with signals"))
    if c["risk"] != "none" and not c["sig"]: errs.append((cid, "no signals"))
    m = c["miss"]
    first_rep = turns[0]["text"]; last_rep = [t for t in turns if t["speaker"] == "rep"][-1]["text"]
    g = ("您好" in first_rep or "你好" in first_rep)
    cl = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if g != ("g" not in m): errs.append((cid, "greeting mismatch"))
    if cl != ("c" not in m): errs.append((cid, "closing mismatch", last_rep))
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
          "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
          "next_step": "x" not in m, "closing": "c" not in m}
    tags = list(dict.fromkeys(c["tags"] + sorted({s[0] for s in c["sig"]})))
    n = len(turns)
    if not 8 <= n <= 30: errs.append((cid, "len", n))
    if n <= 10: tags.append("short")
    if c["op"] and "over_promise" not in tags: tags.append("over_promise")
    c["id"] = cid; c["n"] = n
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"],
                    "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
                    "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    json.dump(d, open("../%s.json" % cid, "w"), ensure_ascii=False, indent=1)
for e in errs: print("ERR", e)
P = lambda x: print(x)
P("risk " + str(collections.Counter(c["risk"] for c in CALLS)))
P("industry " + str(collections.Counter(c["ind"] for c in CALLS)))
P("cats(calls) " + str(collections.Counter(cat for c in CALLS for cat in {s[0] for s in c["sig"]})))
P("spans %d" % sum(len(c["sig"]) for c in CALLS))
P("len short %d med %d long %d" % (sum(c["n"] <= 10 for c in CALLS), sum(11 <= c["n"] <= 16 for c in CALLS), sum(c["n"] >= 17 for c in CALLS)))
P("hard_neg %d" % sum("hard_negative" in c["tags"] for c in CALLS))
P("miss " + str({k: sum(k in c["miss"] for c in CALLS) for k in "gsnxc"}))
P("fw calls %d spans %d; op calls %d spans %d; neg turns %d; turns %d" % (sum(bool(c["fw"]) for c in CALLS), sum(len(c["fw"]) for c in CALLS), sum(bool(c["op"]) for c in CALLS), sum(len(c["op"]) for c in CALLS), sum(len(c["neg"]) for c in CALLS), sum(c["n"] for c in CALLS)))
