import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[\x00-\x7f]")
probs = []
def chk(c, msg): probs.append("call %02d: %s" % (c["n"], msg))
risks = collections.Counter(); inds = collections.Counter(); cats = collections.Counter(); miss = collections.Counter()
for c in CALLS:
    turns = []
    for line in c["t"].strip().split("\n"):
        sp, tx = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
        if BAD.search(tx): chk(c, "ascii in: " + tx)
    if not 8 <= len(turns) <= 30: chk(c, "turns %d" % len(turns))
    def ev_ok(ti, ev, who=None):
        if ev not in turns[ti]["text"]: chk(c, "evidence %r not in turn %d" % (ev, ti))
        if who and turns[ti]["speaker"] != who: chk(c, "turn %d not %s" % (ti, who))
    for cat, ti, ev in c["sig"]: ev_ok(ti, ev)
    for ti, ev in c["fw"] + c["op"]: ev_ok(ti, ev, "rep")
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": chk(c, "neg turn %d not customer" % ti)
    if (c["risk"] == "none") != (not c["sig"]): chk(c, "risk/signals mismatch")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = "greeting" not in c["miss"]; cl = "closing" not in c["miss"]
    if g != bool(re.search("您好|你好", reps[0])): chk(c, "greeting heuristic")
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1])): chk(c, "closing heuristic")
    qa = {k: (k not in c["miss"]) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": ti, "evidence": ev} for ti, ev in c["fw"]]
    qa["over_promise"] = [{"turn": ti, "evidence": ev} for ti, ev in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = cl
    cid = "call-u142-%02d" % c["n"]
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                    "qa": qa, "customer_negative_turns": c["neg"]}}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    risks[c["risk"]] += 1; inds[c["ind"]] += 1
    for k in {s[0] for s in c["sig"]}: cats[k] += 1
    for m in c["miss"]: miss[m] += 1
    c["_len"] = len(turns)
print("\n".join(probs) or "no build problems")
print("risks", dict(risks)); print("industries", dict(inds)); print("cats", dict(cats)); print("miss", dict(miss))
print("calls with misses", sum(1 for c in CALLS if c["miss"]), "fw", sum(1 for c in CALLS if c["fw"]), "op", sum(1 for c in CALLS if c["op"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "neg turns", sum(len(c["neg"]) for c in CALLS), "spans", sum(len(c["sig"]) for c in CALLS))
print("lengths", sorted(c["_len"] for c in CALLS), "total", sum(c["_len"] for c in CALLS))
