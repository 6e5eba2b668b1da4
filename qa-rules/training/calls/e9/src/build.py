#!/usr/bin/env python3
"""Builds call-e9-NN.json from calls_def_*.py. Turn lines: 'R text' rep, 'C text' customer, 'C! text' negative customer."""
import json, re, sys, glob, importlib.util, pathlib, collections
OUT = pathlib.Path(__file__).resolve().parent.parent
CALLS = []
def C(n, ind, risk, scen, tags, text, sig=(), fw=(), op=(), miss=""):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=tags, text=text, sig=sig, fw=fw, op=op, miss=miss))
for p in sorted(glob.glob(str(pathlib.Path(__file__).parent / "calls_def_*.py"))):
    src = open(p, encoding="utf-8").read()
    exec(compile(src, p, "exec"), {"C": C})
probs = []
def P(n, m): probs.append(f"call {n:02d}: {m}")
seen = set()
for c in CALLS:
    n = c["n"]
    if n in seen: P(n, "duplicate number")
    seen.add(n)
    turns, neg = [], []
    for line in [l.strip() for l in c["text"].strip().splitlines() if l.strip()]:
        tag, _, t = line.partition(" ")
        t = t.strip()
        if tag == "R": turns.append({"speaker": "rep", "text": t})
        elif tag in ("C", "C!"):
            if tag == "C!": neg.append(len(turns))
            turns.append({"speaker": "customer", "text": t})
        else: P(n, f"bad line {line[:20]}")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]", t["text"]): P(n, f"turn {i} has ascii: {t['text']}")
    def find(ev, speaker=None):
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1: P(n, f"evidence '{ev}' in turns {hits}"); return -1
        if speaker and turns[hits[0]]["speaker"] != speaker: P(n, f"'{ev}' not in {speaker} turn")
        return hits[0]
    sigs = []
    for cat, ev in c["sig"]:
        sigs.append({"category": cat, "turn": find(ev), "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    fw = [{"turn": find(e, "rep"), "evidence": e} for e in c["fw"]]
    op = [{"turn": find(e, "rep"), "evidence": e} for e in c["op"]]
    miss = c["miss"]
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss, "needs_discovery": "n" not in miss,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" not in miss, "closing": "c" not in miss}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if turns[0]["speaker"] != "rep": P(n, "first turn not rep")
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): P(n, "greeting flag mismatch")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): P(n, "closing flag mismatch")
    if (c["risk"] == "none") != (not sigs): P(n, "risk/signals mismatch")
    L = len(turns)
    ln = "short" if L <= 10 else ("medium" if L <= 16 else "long")
    if not 8 <= L <= 30: P(n, f"{L} turns")
    cats = sorted({s["category"] for s in sigs})
    tags = list(dict.fromkeys(c["tags"] + cats + [ln]))
    obj = {"id": f"call-e9-{n:02d}", "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    (OUT / f"call-e9-{n:02d}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    c["obj"] = obj; c["len"] = ln
print(f"{len(CALLS)} calls built, {len(probs)} problems")
for p in probs: print("  " + p)
# distribution
R = collections.Counter(c["risk"] for c in CALLS); print("risk", dict(R))
print("industry", dict(collections.Counter(c["ind"] for c in CALLS)))
print("length", dict(collections.Counter(c["len"] for c in CALLS if "len" in c)))
cc = collections.Counter(); spans = 0
for c in CALLS:
    if "obj" not in c: continue
    s = c["obj"]["labels"]["churn_signals"]; spans += len(s)
    for k in {x["category"] for x in s}: cc[k] += 1
print("calls per category", dict(cc.most_common()), "spans", spans)
q = collections.Counter()
for c in CALLS:
    if "obj" not in c: continue
    qa = c["obj"]["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]: q[k + "_missing"] += 1
    if qa["forbidden_words"]: q["forbidden_calls"] += 1
    if qa["over_promise"]: q["over_promise_calls"] += 1
    q["neg_turns"] += len(c["obj"]["labels"]["customer_negative_turns"])
    if "hard_negative" in c["tags"]: q["hard_negative"] += 1
    if len({x["category"] for x in c["obj"]["labels"]["churn_signals"]}) >= 2: q["multi_cat_calls"] += 1
print(dict(q))
