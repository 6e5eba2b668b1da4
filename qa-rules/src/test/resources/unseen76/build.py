import json, os, re, collections
from calls_def import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
SP = {"r": "rep", "c": "customer"}
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
probs = []
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter()
for i, c in enumerate(CALLS, 1):
    cid = "call-u76-%02d" % i
    turns = [{"speaker": SP[s], "text": t} for s, t in c["turns"]]
    for k, t in enumerate(turns):
        if bad.search(t["text"]): probs.append((cid, k, "bad char", bad.findall(t["text"])))
    if bad.search(c["scen"]): probs.append((cid, "scenario bad char"))
    if not 8 <= len(turns) <= 30: probs.append((cid, "turn count", len(turns)))
    def span(t, ev, who):
        if turns[t]["speaker"] != who: probs.append((cid, t, "speaker", ev))
        if ev not in turns[t]["text"]: probs.append((cid, t, "not substring", ev))
    sig = []
    for cat, t, ev in c["sig"]:
        if ev not in turns[t]["text"]: probs.append((cid, t, "sig not substring", ev))
        sig.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sig): probs.append((cid, "risk/signal mismatch"))
    for t, ev in c["fw"] + c["op"]: span(t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": probs.append((cid, t, "neg not customer"))
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
          "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
          "next_step": "x" in q, "closing": "c" in q}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): probs.append((cid, "greeting heuristic"))
    tags = list(c["tags"])
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
    risk[c["risk"]] += 1; ind[c["ind"]] += 1
    for cat in {s["category"] for s in sig}: cats[cat] += 1
print(len(CALLS), dict(risk), dict(ind))
print(dict(cats))
print("turns", sum(len(c["turns"]) for c in CALLS), "min", min(len(c["turns"]) for c in CALLS), "max", max(len(c["turns"]) for c in CALLS))
print("signals", sum(len(c["sig"]) for c in CALLS), "neg turns", sum(len(c["neg"]) for c in CALLS))
for k in "gsnxc": print(k, "missing", sum(k not in c["qa"] for c in CALLS))
print("fw calls", sum(bool(c["fw"]) for c in CALLS), "op calls", sum(bool(c["op"]) for c in CALLS))
print("calls with qa miss", sum(len(c["qa"]) < 5 for c in CALLS))
print("problems", probs)
