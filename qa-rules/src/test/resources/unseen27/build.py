import json, re, collections, sys
from calls_def import CALLS
problems = []
assert len(CALLS) == 40, len(CALLS)
for n, c in enumerate(CALLS, 1):
    cid = f"call-u27-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        sp, txt = line.split(":", 1)
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt})
    def find(ev, what, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1: problems.append(f"{cid} {what} '{ev}' in turns {hits}"); return -1
        if rep_only and turns[hits[0]]["speaker"] != "rep": problems.append(f"{cid} {what} '{ev}' not rep")
        return hits[0]
    sigs = []
    for s in c["sig"]:
        cat, ev = s.split("|")
        ti = find(ev, cat)
        if turns[ti]["speaker"] == "rep" and cat != "contact_change": problems.append(f"{cid} rep-turn signal {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    fw = [{"turn": find(e, "fw", True), "evidence": e} for e in c["fw"]]
    op = [{"turn": find(e, "op", True), "evidence": e} for e in c["op"]]
    m = c["miss"]
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" not in m, "closing": "c" not in m}
    # heuristic sanity checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: problems.append(f"{cid} greeting heuristic {g}")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: problems.append(f"{cid} closing heuristic {cl}")
    if (c["risk"] == "none") != (not sigs): problems.append(f"{cid} risk/signals mismatch")
    tags = list(c["tags"])
    if "short" in tags and len(turns) > 10: problems.append(f"{cid} short tag but {len(turns)} turns")
    for t in turns:
        if re.search(r"[A-Za-z0-9,.?!;:'\"()]", t["text"]): problems.append(f"{cid} ascii in {t['text']}")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(cid + ".json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    c["_n"] = len(turns); c["_id"] = cid; c["_sigs"] = sigs; c["_qa"] = qa; c["_neg"] = neg
print("problems:", len(problems)); [print(" ", p) for p in problems]
# distribution
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cats = collections.Counter(cat for c in CALLS for cat in {s["category"] for s in c["_sigs"]})
spans = sum(len(c["_sigs"]) for c in CALLS)
lens = collections.Counter("short" if c["_n"] <= 10 else "medium" if c["_n"] <= 16 else "long" for c in CALLS)
hn = sum("hard_negative" in c["tags"] for c in CALLS)
miss = {k: sum(not c["_qa"][k] for c in CALLS) for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
fwc = sum(bool(c["_qa"]["forbidden_words"]) for c in CALLS); opc = sum(bool(c["_qa"]["over_promise"]) for c in CALLS)
print("turns", sum(c["_n"] for c in CALLS), dict(risk), dict(ind)); print("lengths", dict(lens))
print("cats", dict(cats.most_common()), "spans", spans, "hard_neg", hn)
print("qa missing", miss, "fw calls", fwc, "spans", sum(len(c["_qa"]["forbidden_words"]) for c in CALLS),
      "op calls", opc, "spans", sum(len(c["_qa"]["over_promise"]) for c in CALLS), "neg turns", sum(len(c["_neg"]) for c in CALLS))
