import json, re, sys, pathlib, importlib
OUT = pathlib.Path(__file__).resolve().parent.parent
CALLS = []
for m in ("calls_a", "calls_b", "calls_c", "calls_d"):
    try: CALLS += importlib.import_module(m).CALLS
    except ModuleNotFoundError: pass
probs = []
def locate(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1: probs.append(f"evidence {ev!r} in turns {hits}"); return hits[0] if hits else 0
    if who and turns[hits[0]]["speaker"] != who: probs.append(f"{ev!r} not in {who} turn")
    return hits[0]
for c in CALLS:
    cid = "call-u12-%02d" % c["n"]
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        sp, txt = line.split("|", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt})
        if re.search(r"[A-Za-z0-9,.?!;:\"'()]", txt): probs.append(f"{cid} ascii in {txt}")
    sigs = [{"category": s[0], "turn": locate(turns, s[1]), "evidence": s[1]} for s in c["s"]]
    q = c["q"]
    qa = {"greeting": "g" in q, "self_intro": "i" in q, "needs_discovery": "n" in q,
          "forbidden_words": [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c.get("op", [])],
          "next_step": "x" in q, "closing": "c" in q}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): probs.append(f"{cid} greeting check")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): probs.append(f"{cid} closing check")
    if (c["r"] == "none") != (not sigs): probs.append(f"{cid} risk/signals")
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["r"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    (OUT / f"{cid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(CALLS), "calls built;", len(probs), "problems"); [print(" ", p) for p in probs]
