import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
errs = []
def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1: errs.append(f"evidence {ev!r} hits {hits}")
    return hits[0] if hits else -1
stats = collections.Counter(); cats = collections.Counter()
for c in CALLS:
    cid = f"call-u105-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if BAD.search(text): errs.append(f"{cid} bad char in {text!r}: {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30: errs.append(f"{cid} turns {len(turns)}")
    sigs = [{"category": k, "turn": find(turns, e), "evidence": e} for k, e in c["sig"]]
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid} risk/signals mismatch")
    rep = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    q = c["qa"]
    if bool(q["g"]) != bool(re.search("您好|你好", turns[rep[0]]["text"])): errs.append(f"{cid} greeting check")
    if bool(q["c"]) != bool(re.search("谢谢|感谢|祝", turns[rep[-1]]["text"])): errs.append(f"{cid} closing check")
    qa = {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
          "forbidden_words": [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["fw"]],
          "over_promise": [{"turn": find(turns, e, "rep"), "evidence": e} for e in c["op"]],
          "next_step": bool(q["x"]), "closing": bool(q["c"])}
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats[c["risk"]] += 1; stats[c["industry"]] += 1; stats["turns"] += len(turns); stats["neg"] += len(neg)
    stats["spans"] += len(sigs)
    for k in set(s["category"] for s in sigs): cats[k] += 1
    for k, v in (("greeting", "g"), ("self_intro", "s"), ("needs_discovery", "n"), ("next_step", "x"), ("closing", "c")):
        if not q[v]: stats["miss_" + k] += 1
    if c["fw"]: stats["fw_calls"] += 1
    if c["op"]: stats["op_calls"] += 1
    if any(not q[v] for v in "gsnxc"): stats["calls_with_miss"] += 1
    if "hard_negative" in c["tags"]: stats["hard_neg"] += 1
    if "negation" in c["tags"]: stats["negation"] += 1
print("\n".join(errs) or "build OK")
print(dict(stats)); print(dict(cats))
