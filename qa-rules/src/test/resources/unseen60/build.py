# Build call-u60-NN.json from calls_def.py and run consistency checks.
import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
errs = []
sents = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = "call-u60-%02d" % n
    turns = []
    for t in c["turns"]:
        sp, tx = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
        if BAD.search(tx): errs.append((cid, "bad char", tx))
        for s in re.split(r"[。？！…，]", tx):
            if len(s) >= 8: sents[s] += 1
    if not 8 <= len(turns) <= 30: errs.append((cid, "turn count", len(turns)))
    def chk(turn, ev, who=None, what=""):
        if not 0 <= turn < len(turns): errs.append((cid, what, "turn out of range", turn)); return
        if ev not in turns[turn]["text"]: errs.append((cid, what, "evidence not substring", turn, ev))
        if who and turns[turn]["speaker"] != who: errs.append((cid, what, "wrong speaker", turn))
        if BAD.search(ev): errs.append((cid, "bad char ev", ev))
    for cat, t, ev in c["signals"]: chk(t, ev, None, cat)
    for t, ev in c["fw"]: chk(t, ev, "rep", "fw")
    for t, ev in c["op"]: chk(t, ev, "rep", "op")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": errs.append((cid, "neg not customer", t))
    if (c["risk"] == "none") != (not c["signals"]): errs.append((cid, "risk/signals mismatch"))
    qa = {k: k not in c["miss"] for k in QA}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): errs.append((cid, "greeting heuristic"))
    if qa["closing"] != bool(re.search("谢|感谢|祝", reps[-1])): errs.append((cid, "closing heuristic"))
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": [{"turn": a, "evidence": b} for a, b in c["fw"]],
                             "over_promise": [{"turn": a, "evidence": b} for a, b in c["op"]],
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
dups = {s: k for s, k in sents.items() if k > 1}
print("calls", len(CALLS), "turns", sum(len(c["turns"]) for c in CALLS))
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["industry"] for c in CALLS))
print("cat calls", collections.Counter(cat for c in CALLS for cat in {s[0] for s in c["signals"]}))
print("spans", sum(len(c["signals"]) for c in CALLS))
print("miss", collections.Counter(m for c in CALLS for m in c["miss"]), "calls with miss", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]), "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("lengths", sorted(len(c["turns"]) for c in CALLS))
print("dup sentences", dups)
print("ERRORS", len(errs)); [print(e) for e in errs]
