import json, re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for mod in ("calls_a", "calls_b", "calls_c", "calls_d"):
    if os.path.exists(os.path.join(HERE, mod + ".py")):
        CALLS += importlib.import_module(mod).CALLS

BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
probs = []

def find(turns, ev, only_rep=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not only_rep or t["speaker"] == "rep")]
    return hits

def build(c):
    n, ind, risk, scen, tags, body = c["n"], c["ind"], c["risk"], c["scen"], c["tags"], c["body"]
    cid = "call-u131-%02d" % n
    turns, neg = [], []
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
        if BAD.search(text):
            probs.append((cid, "bad char", text))
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        hits = find(turns, ev)
        t = s[2] if len(s) > 2 else (hits[0] if len(hits) == 1 else None)
        if t is None or ev not in turns[t]["text"]:
            probs.append((cid, "evidence", ev, hits))
            continue
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    def spans(lst):
        out = []
        for ev in lst:
            hits = find(turns, ev, True)
            if len(hits) != 1:
                probs.append((cid, "span", ev, hits)); continue
            out.append({"turn": hits[0], "evidence": ev})
        return out
    miss = set(x for x in c.get("miss", "").split(",") if x)
    qa = {k: k not in miss for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = spans(c.get("fw", []))
    qa["over_promise"] = spans(c.get("op", []))
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        probs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        probs.append((cid, "closing mismatch", reps[-1]))
    if (risk == "none") != (len(sigs) == 0):
        probs.append((cid, "risk/signals mismatch"))
    if not 8 <= len(turns) <= 30:
        probs.append((cid, "turn count", len(turns)))
    return {"id": cid, "industry": ind, "scenario": scen, "tags": tags, "turns": turns,
            "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}

for c in CALLS:
    d = build(c)
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
for p in probs:
    print("PROBLEM", p)
print(len(CALLS), "calls written,", len(probs), "problems")
