import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
problems = []
sent_seen = collections.defaultdict(list)
for i, c in enumerate(CALLS, 1):
    cid = "call-u122-%02d" % i
    turns = [{"speaker": s, "text": t} for s, t in c["turns"]]
    def chk(kind, turn, ev, who=None):
        if not (0 <= turn < len(turns)):
            problems.append((cid, kind, turn, "bad turn")); return
        if ev not in turns[turn]["text"]:
            problems.append((cid, kind, turn, ev, "not substring"))
        if who and turns[turn]["speaker"] != who:
            problems.append((cid, kind, turn, "wrong speaker"))
    for cat, t, ev in c["signals"]:
        chk(cat, t, ev)
    for t, ev in c["fw"]: chk("fw", t, ev, "rep")
    for t, ev in c["op"]: chk("op", t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": problems.append((cid, "neg", t))
    if not 8 <= len(turns) <= 30: problems.append((cid, "len", len(turns)))
    if (c["risk"] == "none") != (not c["signals"]): problems.append((cid, "risk/signals"))
    for t in turns:
        if re.search(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]", t["text"]):
            problems.append((cid, "ascii", t["text"]))
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8: sent_seen[s].append(cid)
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    q = c["qa"]
    if q["g"] != bool(re.search("您好|你好", reps[0])): problems.append((cid, "greeting heuristic"))
    if q["c"] != bool(re.search("谢|祝", reps[-1])): problems.append((cid, "closing heuristic"))
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
                      "qa": {"greeting": q["g"], "self_intro": q["s"], "needs_discovery": q["n"],
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                             "next_step": q["x"], "closing": q["c"]},
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
for s, ids in sent_seen.items():
    if len(set(ids)) > 1: problems.append(("dup", s, ids))
print("calls", len(CALLS))
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["industry"] for c in CALLS))
cats = collections.Counter(); spans = 0
for c in CALLS:
    spans += len(c["signals"])
    for k in set(s[0] for s in c["signals"]): cats[k] += 1
print("calls per category", dict(cats), "spans", spans)
print("turns", sum(len(c["turns"]) for c in CALLS), sorted(len(c["turns"]) for c in CALLS))
for k in "gsnxc":
    print("miss", k, [i for i, c in enumerate(CALLS, 1) if not c["qa"][k]])
print("fw", [i for i, c in enumerate(CALLS, 1) if c["fw"]], "op", [i for i, c in enumerate(CALLS, 1) if c["op"]])
print("neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", [i for i, c in enumerate(CALLS, 1) if "hard_negative" in c["tags"]])
print("PROBLEMS", len(problems))
for p in problems: print(p)
