import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
errs = []
def find(turns, ev, cid, rep_only=False, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        if turn not in hits: errs.append("%s: %r not in turn %d" % (cid, ev, turn))
        return turn
    if len(hits) != 1: errs.append("%s: evidence %r found in turns %r" % (cid, ev, hits)); return hits[0] if hits else 0
    return hits[0]
assert len(CALLS) == 40
for n, c in enumerate(CALLS, 1):
    cid = "call-u123-%02d" % n
    turns, neg = [], []
    for line in c["turns"].split("\n"):
        tag, text = line[0], line[2:].strip()
        if tag == "N": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if re.search(r"[\x00-\x7f]", text): errs.append("%s turn %d has ASCII: %r" % (cid, len(turns) - 1, text))
    sigs = [{"category": s[0], "evidence": s[1], "turn": find(turns, s[1], cid, turn=s[2] if len(s) > 2 else None)} for s in c["sig"]]
    sigs = [{"category": s["category"], "turn": s["turn"], "evidence": s["evidence"]} for s in sorted(sigs, key=lambda s: s["turn"])]
    qa = {k: k not in c["miss"] for k in QA}
    for m in c["miss"]: assert m in QA, m
    qa["forbidden_words"] = [{"turn": find(turns, e, cid, True), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, cid, True), "evidence": e} for e in c["op"]]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): errs.append("%s greeting mismatch" % cid)
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): errs.append("%s closing mismatch" % cid)
    if (c["risk"] == "none") != (not sigs): errs.append("%s risk/signals mismatch" % cid)
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
              "qa": {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]},
              "customer_negative_turns": neg}
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns, "labels": labels}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# stats
risk = collections.Counter(c["risk"] for c in CALLS); ind = collections.Counter(c["ind"] for c in CALLS)
cats = collections.Counter(k for c in CALLS for k in {s[0] for s in c["sig"]})
lens = sorted(len(c["turns"].split("\n")) for c in CALLS)
miss = collections.Counter(m for c in CALLS for m in c["miss"])
print("risk", dict(risk)); print("industry", dict(ind)); print("cats", dict(cats)); print("spans", sum(len(c["sig"]) for c in CALLS))
print("turns", lens, sum(lens)); print("miss", dict(miss), "calls with a miss", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("neg turns", sum(c["turns"].count("\nN ") + c["turns"].startswith("N ") for c in CALLS))
print("\n".join(errs) or "build OK")
