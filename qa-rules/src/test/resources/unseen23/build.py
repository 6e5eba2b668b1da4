import json, re, sys, collections, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from calls_def import CALLS
out = pathlib.Path(__file__).parent
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
probs = []
for i, c in enumerate(CALLS, 1):
    cid = f"call-u23-{i:02d}"
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        tag, txt = line.split(" ", 1)
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": txt})
    for t in turns + [{"text": c["scen"]}]:
        if BAD.search(t["text"]): probs.append((cid, "bad char", t["text"]))
    def find(ev, who=None):
        hits = [k for k, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1: probs.append((cid, "evidence hits", ev, hits)); return hits[0] if hits else -1
        if who and turns[hits[0]]["speaker"] != who: probs.append((cid, "not rep", ev))
        return hits[0]
    sigs = []
    for s in c["sig"]:
        cat, ev = s.split(":", 1)
        sigs.append({"category": cat, "turn": find(ev), "evidence": ev})
    m = c["miss"]
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": [{"turn": find(e, "rep"), "evidence": e} for e in c["fw"]],
          "over_promise": [{"turn": find(e, "rep"), "evidence": e} for e in c["op"]],
          "next_step": "x" not in m, "closing": "c" not in m}
    if (c["risk"] == "none") != (not sigs): probs.append((cid, "risk/signal mismatch"))
    n = len(turns)
    ln = "short" if n <= 10 else "medium" if n <= 16 else "long"
    tags = c["tags"].split()
    for t in ("short", "long"):
        if t in tags and t != ln: tags.remove(t)
    if ln == "short" and "short" not in tags: tags.append("short")
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    if c["fw"] and "forbidden_words" not in tags: tags.append("forbidden_words")
    if c["op"] and "over_promise" not in tags: tags.append("over_promise")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(d, open(out / f"{cid}.json", "w"), ensure_ascii=False, indent=1)
    c["n"] = n; c["ln"] = ln; c["cats"] = {s["category"] for s in sigs}; c["nsig"] = len(sigs); c["neg"]=len(neg)
print("problems:", probs)
C = collections.Counter
print("industry", C(c["ind"] for c in CALLS))
print("risk", C(c["risk"] for c in CALLS))
print("length", C(c["ln"] for c in CALLS), "turns", sum(c["n"] for c in CALLS))
print("cats", C(x for c in CALLS for x in c["cats"]), "spans", sum(c["nsig"] for c in CALLS))
print("miss", C(x for c in CALLS for x in c["miss"]), "fw calls", sum(bool(c["fw"]) for c in CALLS), "op calls", sum(bool(c["op"]) for c in CALLS), "neg turns", sum(c["neg"] for c in CALLS))
print("hard_neg", sum("hard_negative" in c["tags"] or "negation" in c["tags"] for c in CALLS))
for i,c in enumerate(CALLS,1): print(i, c["ind"], c["risk"], c["n"], sorted(c["cats"]))
