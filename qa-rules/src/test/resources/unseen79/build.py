# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []
def locate(turns, ev, who, turn=None, cid=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if turn is not None: hits = [turn] if ev in turns[turn]["text"] else []
    if len(hits) != 1: errs.append(f"{cid}: evidence {ev!r} found in turns {hits}"); return -1
    if who and turns[hits[0]]["speaker"] != who: errs.append(f"{cid}: {ev!r} not on {who} turn")
    return hits[0]
seen_lines = collections.Counter()
for c in CALLS:
    cid = f"call-u79-{c['n']:02d}"
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        sp, txt = line.split("|", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt})
        if BAD.search(txt) or " " in txt: errs.append(f"{cid}: bad char in {txt!r}")
        seen_lines[txt] += 1
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]; t = s[2] if len(s) > 2 else None
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": locate(turns, ev, None, t, cid), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    op = [{"turn": locate(turns, e, "rep", None, cid), "evidence": e} for e in c["op"]]
    fw = [{"turn": locate(turns, e, "rep", None, cid), "evidence": e} for e in c["fw"]]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    qa = {k: k not in c["miss"] for k in ["greeting","self_intro","needs_discovery","next_step","closing"]}
    if qa["greeting"] != any(g in reps[0] for g in ("您好","你好")): errs.append(f"{cid}: greeting heuristic")
    if qa["closing"] != any(g in reps[-1] for g in ("谢","祝")): errs.append(f"{cid}: closing heuristic")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    if op and "over_promise" not in tags: tags.append("over_promise")
    if len(turns) <= 11: tags.append("short")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
dups = [t for t, n in seen_lines.items() if n > 1 and len(t) > 6]
if dups: errs.append(f"repeated lines: {dups}")
print("\n".join(errs) or "build ok")
# stats
print(collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["industry"] for c in CALLS))
cc = collections.Counter(); 
for c in CALLS: cc.update(set(s[0] for s in c["signals"]))
print("calls per category", dict(cc), "spans", sum(len(c["signals"]) for c in CALLS))
print("misses", {k: [c["n"] for c in CALLS if k in c["miss"]] for k in ["greeting","self_intro","needs_discovery","next_step","closing"]})
print("fw", [c["n"] for c in CALLS if c["fw"]], "op", [c["n"] for c in CALLS if c["op"]])
print("turns", sorted(len(c["text"].strip().splitlines()) for c in CALLS))
print("hard_neg", [c["n"] for c in CALLS if "hard_negative" in c["tags"]], "neg", [c["n"] for c in CALLS if "negation" in c["tags"]])
