# -*- coding: utf-8 -*-
"""Build call-u67-NN.json from calls_def.py and run consistency checks."""
import json, os, re, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []
def bad(n, msg): problems.append(f"call {n:02d}: {msg}")

seen_sent = collections.defaultdict(set)
for c in CALLS:
    n = c["n"]
    turns = []
    for line in c["text"].strip().splitlines():
        sp, txt = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt.strip()})
    if not 8 <= len(turns) <= 30: bad(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]): bad(n, f"ascii in turn {i}: {t['text']}")
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8: seen_sent[s].add(n)
    def span(lst, who, kind):
        out = []
        for tup in lst:
            ti, ev = tup[0], tup[-1]
            if turns[ti]["speaker"] != who: bad(n, f"{kind} turn {ti} is not {who}")
            if ev not in turns[ti]["text"]: bad(n, f"{kind} evidence not in turn {ti}: {ev}")
            out.append((ti, ev))
        return out
    span(c["sig"], turns[0]["speaker"] if False else None, "x") if False else None
    sigs = []
    for ti, cat, ev in c["sig"]:
        if cat not in CATS: bad(n, f"bad category {cat}")
        if ev not in turns[ti]["text"]: bad(n, f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): bad(n, "risk/signals mismatch")
    fw = [{"turn": a, "evidence": b} for a, b in span(c["fw"], "rep", "fw")]
    op = [{"turn": a, "evidence": b} for a, b in span(c["op"], "rep", "op")]
    for i in c["neg"]:
        if turns[i]["speaker"] != "customer": bad(n, f"neg turn {i} not customer")
    qa = {k: k not in c["miss"] for k in QA}
    for m in c["miss"]:
        if m not in QA: bad(n, f"bad miss {m}")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): bad(n, "greeting heuristic mismatch")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): bad(n, "closing heuristic mismatch")
    for sp in c["neg"]: pass
    obj = {"id": f"call-u67-{n:02d}", "industry": c["industry"], "scenario": c["scenario"],
           "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                             "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                             "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    c["_turns"] = len(turns)
    with open(os.path.join(HERE, f"call-u67-{n:02d}.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

for s, ns in seen_sent.items():
    if len(ns) > 1: problems.append(f"repeated sentence across calls {sorted(ns)}: {s}")
assert sorted(c["n"] for c in CALLS) == list(range(1, 41))
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["industry"] for c in CALLS))
print("cats(calls)", collections.Counter(cat for c in CALLS for cat in {s[1] for s in c["sig"]}))
print("spans", sum(len(c["sig"]) for c in CALLS), "turns", sum(c["_turns"] for c in CALLS),
      "lens", sorted(c["_turns"] for c in CALLS))
print("misses", collections.Counter(m for c in CALLS for m in c["miss"]), "calls with miss", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]),
      "neg turns", sum(len(c["neg"]) for c in CALLS), "hard_neg", sum("hard_negative" in c["tags"] for c in CALLS))
print("\n".join(problems) or "no problems")
