import json, re, sys, collections
from calls_def import CALLS
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
probs = []
def P(m): probs.append(m)
for c in CALLS:
    cid = "call-u56-%02d" % c["n"]
    turns, neg = [], []
    for i, line in enumerate(c["turns"]):
        tag, text = line.split(":", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(i)
        if BAD.search(text): P(f"{cid} t{i} bad chars: {BAD.findall(text)}")
        turns.append({"speaker": sp, "text": text})
    if not 8 <= len(turns) <= 30: P(f"{cid} turns {len(turns)}")
    def locate(ev, rep_only=False, t=None):
        hits = [i for i, x in enumerate(turns) if ev in x["text"] and (not rep_only or x["speaker"] == "rep")]
        if t is not None:
            if t not in hits: P(f"{cid} evidence {ev} not in turn {t}")
            return t
        if len(hits) != 1: P(f"{cid} evidence {ev!r} hits {hits}")
        return hits[0] if hits else -1
    sigs = []
    for s in c["sig"]:
        sigs.append({"category": s[0], "turn": locate(s[1], t=s[2] if len(s) > 2 else None), "evidence": s[1]})
    sigs.sort(key=lambda s: s["turn"])
    q = c["qa"]
    reps = [x["text"] for x in turns if x["speaker"] == "rep"]
    g = "g" in q
    if g != ("您好" in reps[0] or "你好" in reps[0]): P(f"{cid} greeting mismatch")
    cl = "c" in q
    if cl != any(w in reps[-1] for w in ("谢", "祝")): P(f"{cid} closing mismatch")
    if (c["risk"] == "none") != (not sigs): P(f"{cid} risk/signals mismatch")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"] + (["short"] if len(turns) <= 11 else []),
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": "s" in q, "needs_discovery": "n" in q,
                             "forbidden_words": [{"turn": locate(e, True), "evidence": e} for e in c["fw"]],
                             "over_promise": [{"turn": locate(e, True), "evidence": e} for e in c["op"]],
                             "next_step": "x" in q, "closing": cl},
                      "customer_negative_turns": neg}}
    json.dump(doc, open(cid + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# cross-call duplicate sentence check
seen = collections.defaultdict(set)
for c in CALLS:
    for line in c["turns"]:
        for s in re.split(r'[。？！]', line.split(":", 1)[1]):
            if len(s) >= 8: seen[s].add(c["n"])
for s, ns in seen.items():
    if len(ns) > 1: P(f"repeated sentence {s} in {sorted(ns)}")
print(collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"]) for c in CALLS))
print("\n".join(probs) or "build: 0 problems")
