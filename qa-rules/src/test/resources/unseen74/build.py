import json, os, re, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
problems = []
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter()
assert len(CALLS) == 40
for c in CALLS:
    cid = "call-u74-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        sp, text = t.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            problems.append((cid, "bad char", text))
    if not 8 <= len(turns) <= 30:
        problems.append((cid, "turn count", len(turns)))
    def chk(turn, ev, who=None):
        if turn >= len(turns) or ev not in turns[turn]["text"]:
            problems.append((cid, "evidence", turn, ev))
        elif who and turns[turn]["speaker"] != who:
            problems.append((cid, "speaker", turn, ev))
    for cat, t, ev in c["signals"]:
        chk(t, ev)
    for t, ev in c["forbidden"] + c["over"]:
        chk(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            problems.append((cid, "neg not customer", t))
    if (c["risk"] == "none") != (not c["signals"]):
        problems.append((cid, "risk/signals mismatch"))
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["forbidden"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["over"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["signals"]],
                      "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    risk[c["risk"]] += 1; ind[c["industry"]] += 1
    for k in set(a for a, _, _ in c["signals"]): cats[k] += 1
print("problems:", problems)
print(risk, ind, cats, sep="\n")
print("turns", sum(len(c["turns"]) for c in CALLS), "signals", sum(len(c["signals"]) for c in CALLS),
      "neg", sum(len(c["neg"]) for c in CALLS))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print(k, "missing in", [c["n"] for c in CALLS if k in c["miss"]])
print("forbidden", [c["n"] for c in CALLS if c["forbidden"]], "over", [c["n"] for c in CALLS if c["over"]])
print("lengths", sorted(len(c["turns"]) for c in CALLS))
