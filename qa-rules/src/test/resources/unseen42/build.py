import json, re, os, collections
from calls_def import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
probs = []
assert len(CALLS) == 40
for i, c in enumerate(CALLS, 1):
    cid = f"call-u42-{i:02d}"
    turns = []
    for t in c["turns"]:
        sp, tx = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": tx})
        if BAD.search(tx): probs.append((cid, "bad char", tx))
    if BAD.search(c["scen"]): probs.append((cid, "bad char scen"))
    n = len(turns)
    if not 8 <= n <= 30: probs.append((cid, "turns", n))
    def chk(turn, ev, who):
        if turn >= n or ev not in turns[turn]["text"]: probs.append((cid, "evidence", turn, ev))
        elif who and turns[turn]["speaker"] != who: probs.append((cid, "speaker", turn, ev))
    sigs = []
    for cat, t, ev in c["sig"]:
        assert cat in CATS, cat
        chk(t, ev, None); sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): probs.append((cid, "risk/signals"))
    for t, ev in c["fw"] + c["op"]: chk(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": probs.append((cid, "neg turn", t))
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["fw"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    tags = list(c["tags"])
    for cat in sorted({s["category"] for s in sigs}):
        if cat not in tags: tags.append(cat)
    if n <= 11 and "short" not in tags: tags.append("short")
    if c["fw"] and "forbidden_words" not in tags: pass
    out = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
print("problems:", probs)
print(collections.Counter(c["risk"] for c in CALLS))
print(collections.Counter(c["ind"] for c in CALLS))
print(sorted(len(c["turns"]) for c in CALLS))
