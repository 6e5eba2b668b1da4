import json, re, sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
CALLS = []
def C(ind, scen, tags, risk, text, sig=(), qa="gsnxc", fw=(), op=()):
    CALLS.append(dict(ind=ind, scen=scen, tags=tags, risk=risk, text=text, sig=sig, qa=qa, fw=fw, op=op))
import builtins; builtins.C = C
import calls_a, calls_b, calls_c
out = pathlib.Path("/work/data/train-e21"); probs = 0
def P(*a):
    global probs; probs += 1; print(*a)
for n, c in enumerate(CALLS, 1):
    cid = f"call-e21-{n:02d}"
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        line = line.strip()
        if not line: continue
        sp, txt = line.split(":", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt.strip()})
    def find(ev, who=None):
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1: P(cid, "evidence hits", hits, ev); return -1
        if who and turns[hits[0]]["speaker"] != who: P(cid, "not", who, ev)
        return hits[0]
    sigs = [{"category": cat, "turn": find(ev), "evidence": ev} for cat, ev in c["sig"]]
    for s in sigs:
        if s["category"] != "contact_change" and turns[s["turn"]]["speaker"] != "customer": P(cid, "signal in rep turn", s)
    q = c["qa"]
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if ("g" in q) != bool(re.search("您好|你好", first_rep)): P(cid, "greeting mismatch")
    if turns[-1]["speaker"] != "rep" and "c" in q: pass
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
        "qa": {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
               "forbidden_words": [{"turn": find(e, "rep"), "evidence": e} for e in c["fw"]],
               "over_promise": [{"turn": find(e, "rep"), "evidence": e} for e in c["op"]],
               "next_step": "x" in q, "closing": "c" in q},
        "customer_negative_turns": neg}
    if (c["risk"] == "none") != (not sigs): P(cid, "risk/signals")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns, "labels": labels}
    (out / f"{cid}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(CALLS), "calls built,", probs, "build problems")
