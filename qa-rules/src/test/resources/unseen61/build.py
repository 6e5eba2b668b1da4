import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
errs = []

def err(cid, m):
    errs.append(f"{cid}: {m}")

for n, c in enumerate(CALLS, 1):
    cid = f"call-u61-{n:02d}"
    turns = []
    neg = []
    for line in c["t"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        if tag == "R":
            turns.append({"speaker": "rep", "text": text})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": text})
        else:
            err(cid, "bad tag " + tag)
    for i, t in enumerate(turns):
        if BAD.search(t["text"]):
            err(cid, f"turn {i} bad char {BAD.findall(t['text'])}")
    if BAD.search(c["scen"]):
        err(cid, "scenario bad char")
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")

    def locate(ev, rep_only=False, turn=None):
        hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
        if turn is not None:
            if turn not in hits:
                err(cid, f"evidence not in turn {turn}: {ev}")
            return turn
        if len(hits) != 1:
            err(cid, f"evidence hits {hits}: {ev}")
            return hits[0] if hits else -1
        return hits[0]

    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        ti = locate(ev, turn=s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    fw = [{"turn": locate(e, True), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(e, True), "evidence": e} for e in c["op"]]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
    for m in c["miss"]:
        if m not in qa:
            err(cid, "bad miss " + m)
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        err(cid, f"greeting heuristic {g} vs {qa['greeting']}")
    cl = any(w in reps[-1] for w in ("谢", "祝"))
    if cl != qa["closing"]:
        err(cid, f"closing heuristic {cl} vs {qa['closing']}")
    if (c["risk"] == "none") != (len(sigs) == 0):
        err(cid, "risk/signals mismatch")
    obj = {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"] + (["short"] if len(turns) <= 10 and "short" not in c["tags"] else []),
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                   "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                          "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                          "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                   "customer_negative_turns": neg},
    }
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# stats
print("calls", len(CALLS))
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["ind"] for c in CALLS))
cats = Counter()
for c in CALLS:
    for k in set(s[0] for s in c["sig"]):
        cats[k] += 1
print("calls per category", dict(cats.most_common()))
print("signal spans", sum(len(c["sig"]) for c in CALLS))
print("turns", sorted(len(c["t"].strip().split("\n")) for c in CALLS))
print("misses", Counter(m for c in CALLS for m in c["miss"]), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]))
print("hard neg", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("neg turns", sum(c["t"].count("\nC! ") + c["t"].startswith("C! ") for c in CALLS))
# duplicate sentence check across calls
seen = {}
for n, c in enumerate(CALLS, 1):
    for line in c["t"].strip().split("\n"):
        txt = line.split(" ", 1)[1]
        for sent in re.split(r"[。？！]", txt):
            if len(sent) >= 8:
                if sent in seen and seen[sent] != n:
                    print("dup sentence", seen[sent], n, sent)
                seen.setdefault(sent, n)
print("ERRORS", len(errs))
for e in errs:
    print(" ", e)
