import json, re, os, collections
from calls_def import CALLS
D = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~ ]')
probs = []
seen = collections.Counter()
for i, c in enumerate(CALLS, 1):
    cid = "call-u86-%02d" % i
    turns = []
    for line in c["turns"].strip().split("\n"):
        sp, text = line[0], line[2:]
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text): probs.append((cid, "bad char", text))
        seen[text] += 1
    n = len(turns)
    if not 8 <= n <= 30: probs.append((cid, "turns", n))
    def chk(t, ev, who=None):
        if ev not in turns[t]["text"]: probs.append((cid, "evidence", t, ev))
        if who and turns[t]["speaker"] != who: probs.append((cid, "speaker", t, ev))
    for cat, t, ev in c["sig"]: chk(t, ev)
    for t, ev in c["fw"] + c["op"]: chk(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": probs.append((cid, "neg not customer", t))
    if (c["risk"] == "none") != (not c["sig"]): probs.append((cid, "risk/signals"))
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
    if qa["greeting"] != (("您好" in reps[0]) or ("你好" in reps[0])): probs.append((cid, "greeting heuristic"))
    if qa["closing"] != any(w in reps[-1] for w in ["谢谢", "感谢", "祝"]): probs.append((cid, "closing heuristic"))
    if qa["needs_discovery"] != any("？" in r for r in reps): probs.append((cid, "needs heuristic (check manually)"))
    out = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["sig"]],
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(D, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
for t, k in seen.items():
    if k > 1: probs.append(("dup turn", t))
print(collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["ind"] for c in CALLS))
print(collections.Counter(s[0] for c in CALLS for s in c["sig"]))
print("turns", sum(len(c["turns"].strip().split("\n")) for c in CALLS))
for p in probs: print(p)
print(len(probs), "build problems")
