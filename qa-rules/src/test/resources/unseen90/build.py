import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
probs = []
stats = collections.Counter(); cats = collections.Counter(); misses = collections.Counter()
assert len(CALLS) == 40
for i, c in enumerate(CALLS, 1):
    cid = f"call-u90-{i:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text})
        if BAD.search(text): probs.append((cid, "bad char", text))
    for field in (c["scen"],):
        if BAD.search(field): probs.append((cid, "bad char scen", field))
    if not 8 <= len(turns) <= 30: probs.append((cid, "turns", len(turns)))
    def find(ev, want=None):
        idx = [k for k, t in enumerate(turns) if ev in t["text"]]
        if len(idx) != 1: probs.append((cid, "evidence not unique", ev, idx)); return -1
        if want and turns[idx[0]]["speaker"] != want: probs.append((cid, "speaker", ev))
        return idx[0]
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = s[2] if len(s) > 2 else find(ev)
        assert ev in turns[t]["text"]
        sigs.append({"category": cat, "turn": t, "evidence": ev}); cats[cat] += 1
    miss = set(filter(None, c.get("miss", "").split(",")))
    qa = {k: k not in miss for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(e, "rep"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(e, "rep"), "evidence": e} for e in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if (("您好" in reps[0]) or ("你好" in reps[0])) != qa["greeting"]: probs.append((cid, "greeting mismatch"))
    if any(w in reps[-1] for w in ("谢", "感谢", "祝")) != qa["closing"]: probs.append((cid, "closing mismatch"))
    if (c["risk"] == "none") != (not sigs): probs.append((cid, "risk/signals mismatch"))
    cats_present = sorted({s["category"] for s in sigs})
    tags = list(dict.fromkeys(c["tags"] + cats_present + (["short"] if len(turns) <= 10 and "short" not in c["tags"] else [])))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(os.path.join(OUT, cid + ".json"), "w"), ensure_ascii=False, indent=1)
    stats["turns"] += len(turns); stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1
    stats["neg"] += len(neg); stats["sig"] += len(sigs)
    for m in miss: misses[m] += 1
    if miss: stats["calls_with_miss"] += 1
    if c.get("fw"): stats["fw_calls"] += 1
    if c.get("op"): stats["op_calls"] += 1
    if "hard_negative" in tags: stats["hard_negative"] += 1
    if "negation" in tags: stats["negation"] += 1
    for cat in cats_present: stats["calls_" + cat] += 1
print("problems:", probs)
for k in sorted(stats): print(k, stats[k])
print("spans per cat", dict(cats)); print("misses", dict(misses))
lens = sorted(len([l for l in c["turns"].strip().split("\n")]) for c in CALLS); print("lens", lens)
