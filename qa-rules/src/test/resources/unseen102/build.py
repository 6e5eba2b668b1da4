import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
assert len(CALLS) == 40, len(CALLS)
errs = []
for i, c in enumerate(CALLS, 1):
    cid = "call-u102-%02d" % i
    turns = []
    for l in c["turns"]:
        sp, tx = l.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
    def chk(kind, t, ev, who=None):
        if not (0 <= t < len(turns)) or ev not in turns[t]["text"]:
            errs.append("%s %s turn %d evidence %r missing" % (cid, kind, t, ev))
        elif who and turns[t]["speaker"] != who:
            errs.append("%s %s turn %d not %s" % (cid, kind, t, who))
    for cat, t, ev in c["signals"]: chk("signal", t, ev)
    for t, ev in c["fw"] + c["op"]: chk("qa", t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": errs.append("%s neg %d not customer" % (cid, t))
    g, s, n, nx, cl = c["qa"]
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if g != ("您好" in first_rep or "你好" in first_rep): errs.append("%s greeting flag vs text" % cid)
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if cl != any(w in last_rep for w in ("谢谢", "感谢", "祝")): errs.append("%s closing flag vs text" % cid)
    if (c["risk"] == "none") != (not c["signals"]): errs.append("%s risk/signals mismatch" % cid)
    d = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"],
                    "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["signals"]],
                    "qa": {"greeting": g, "self_intro": s, "needs_discovery": n,
                           "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                           "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                           "next_step": nx, "closing": cl},
                    "customer_negative_turns": c["neg"]}}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("\n".join(errs) or "build checks ok")
# stats
r = collections.Counter(c["risk"] for c in CALLS); ind = collections.Counter(c["industry"] for c in CALLS)
cats = collections.Counter(a for c in CALLS for a in {x[0] for x in c["signals"]})
lens = [len(c["turns"]) for c in CALLS]
names = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
miss = {k: sum(1 for c in CALLS if not c["qa"][i]) for i, k in enumerate(names)}
print(dict(r)); print(dict(ind)); print(dict(cats), sum(len(c["signals"]) for c in CALLS), "spans")
print("turns", sum(lens), "min", min(lens), "max", max(lens), "<=14:", sum(l <= 14 for l in lens), "15-20:", sum(15 <= l <= 20 for l in lens), ">20:", sum(l > 20 for l in lens))
print("miss", miss, "calls with miss", sum(1 for c in CALLS if not all(c["qa"])))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]), "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
