import json, re, os, collections
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
for c in CALLS:
    cid = "call-u95-%02d" % c["n"]
    turns = [{"speaker": "rep" if t[0] == "R" else "customer", "text": t[1:]} for t in c["turns"]]
    assert all(t[0] in "RC" for t in c["turns"])
    def chk(turn, ev, who, what):
        if not (0 <= turn < len(turns)): errs.append((cid, what, turn, "range")); return
        if ev not in turns[turn]["text"]: errs.append((cid, what, turn, ev, "not substring"))
        if who and turns[turn]["speaker"] != who: errs.append((cid, what, turn, "speaker"))
    for i, t in enumerate(turns):
        if BAD.search(t["text"]): errs.append((cid, i, "bad char", BAD.findall(t["text"])))
    for cat, tn, ev in c["sig"]: chk(tn, ev, None, cat)
    for tn, ev in c["fw"] + c["op"]: chk(tn, ev, "rep", "qa")
    for tn in c["neg"]:
        if turns[tn]["speaker"] != "customer": errs.append((cid, "neg", tn))
    if (c["risk"] == "none") != (not c["sig"]): errs.append((cid, "risk/signals mismatch"))
    if not 8 <= len(turns) <= 30: errs.append((cid, "len"))
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": a, "evidence": b} for a, b in c["fw"]]
    qa["over_promise"] = [{"turn": a, "evidence": b} for a, b in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = "closing" not in c["miss"]
    # sanity on greeting / closing
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: errs.append((cid, "closing mismatch"))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"] + (["short"] if len(turns) <= 10 else []),
           "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
print("errors:", errs)
print("n", len(CALLS), collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["ind"] for c in CALLS))
cats = collections.Counter(cat for c in CALLS for cat in {s[0] for s in c["sig"]})
print("calls per category", dict(cats), "spans", sum(len(c["sig"]) for c in CALLS))
print("turns", sum(len(c["turns"]) for c in CALLS), sorted(len(c["turns"]) for c in CALLS))
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print(k, "missing", [c["n"] for c in CALLS if k in c["miss"]])
print("fw", [c["n"] for c in CALLS if c["fw"]], "op", [c["n"] for c in CALLS if c["op"]], "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_neg", [c["n"] for c in CALLS if "hard_negative" in c["tags"]])
