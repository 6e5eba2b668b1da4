import json, os, re, collections
from calls_def import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errs = []
assert len(CALLS) == 40, len(CALLS)
for i, c in enumerate(CALLS, 1):
    cid = "call-u110-%02d" % i
    turns = [{"speaker": s, "text": t} for s, t in c["turns"]]
    n = len(turns)
    if not 8 <= n <= 30: errs.append((cid, "turn count", n))
    for k, t in enumerate(turns):
        if bad.search(t["text"]): errs.append((cid, "bad char", k, bad.findall(t["text"])))
    def chk(turn, ev, who, what):
        if turns[turn]["speaker"] != who: errs.append((cid, what, "speaker", turn))
        if ev is not None and ev not in turns[turn]["text"]: errs.append((cid, what, "evidence", turn, ev))
    for cat, t, ev in c["sig"]:
        chk(t, ev, turns[t]["speaker"], "sig")
    for t, ev in c["fw"]: chk(t, ev, "rep", "fw")
    for t, ev in c["op"]: chk(t, ev, "rep", "op")
    for t in c["neg"]: chk(t, None, "customer", "neg")
    q = c["qa"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if q["g"] != ("您好" in reps[0] or "你好" in reps[0]): errs.append((cid, "greeting mismatch"))
    if q["c"] != any(w in reps[-1] for w in ("谢谢", "感谢", "祝")): errs.append((cid, "closing mismatch"))
    if (c["risk"] == "none") != (not c["sig"]): errs.append((cid, "risk/signal mismatch"))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": {"greeting": q["g"], "self_intro": q["s"], "needs_discovery": q["n"],
                             "forbidden_words": [{"turn": a, "evidence": b} for a, b in c["fw"]],
                             "over_promise": [{"turn": a, "evidence": b} for a, b in c["op"]],
                             "next_step": q["x"], "closing": q["c"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
# duplicate sentence check across calls
seen = collections.defaultdict(set)
for i, c in enumerate(CALLS, 1):
    for s, t in c["turns"]:
        for sent in re.split(r'[。？！]', t):
            if len(sent) >= 8: seen[sent].add(i)
dups = {k: v for k, v in seen.items() if len(v) > 1}
print("errors:", errs); print("dup sentences:", dups)
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("ind", collections.Counter(c["ind"] for c in CALLS))
print("cats", collections.Counter(cat for c in CALLS for cat in {s[0] for s in c["sig"]}), "spans", sum(len(c["sig"]) for c in CALLS))
print("turns", sorted(len(c["turns"]) for c in CALLS), sum(len(c["turns"]) for c in CALLS))
for k in "gsnxc": print(k, "missing", [i for i, c in enumerate(CALLS, 1) if not c["qa"][k]])
print("fw", [i for i, c in enumerate(CALLS, 1) if c["fw"]], "op", [i for i, c in enumerate(CALLS, 1) if c["op"]])
print("neg turns", sum(len(c["neg"]) for c in CALLS), "hard_neg", sum("hard_negative" in c["tags"] for c in CALLS))
