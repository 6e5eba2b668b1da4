import json, re, sys, collections
from calls_def import CALLS

BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def err(n, m): errs.append(f"call {n}: {m}")

for c in CALLS:
    n = c["n"]; cid = f"call-u100-{n:02d}"
    turns, neg = [], []
    for line in c["T"].strip().splitlines():
        tag, text = line.split("|", 1)
        if tag == "c!": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "r" else "customer", "text": text})
        if BAD.search(text): err(n, f"bad char in {text!r}: {BAD.findall(text)}")
    if BAD.search(c["sc"]): err(n, "bad char in scenario")
    if not 8 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    def locate(ev, who=None):
        hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
        if len(hits) != 1: err(n, f"evidence {ev!r} hits {hits}")
        return hits[0] if hits else -1
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = s[2] if len(s) > 2 else locate(ev)
        if cat not in CATS: err(n, f"bad cat {cat}")
        if ev not in turns[t]["text"]: err(n, f"evidence not in turn {t}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    fw = [{"turn": locate(e, "rep"), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(e, "rep"), "evidence": e} for e in c["op"]]
    qa = {k: k not in c["miss"] for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = fw; qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]; qa["closing"] = "closing" not in c["miss"]
    for m in c["miss"]:
        if m not in qa: err(n, f"bad miss {m}")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: err(n, "greeting heuristic mismatch")
    cl = any(w in reps[-1] for w in ["谢谢","感谢","祝"])
    if cl != qa["closing"]: err(n, "closing heuristic mismatch")
    if c["risk"] == "none" and sigs: err(n, "none with signals")
    if c["risk"] != "none" and not sigs: err(n, "risk without signals")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    c["obj"] = obj
    with open(f"{cid}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

print(len(CALLS), "calls")
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["ind"] for c in CALLS))
lens = [len(c["obj"]["turns"]) for c in CALLS]
print("turns", sum(lens), sorted(lens))
cc = collections.Counter(); spans = 0
for c in CALLS:
    s = c["obj"]["labels"]["churn_signals"]; spans += len(s)
    for cat in {x["category"] for x in s}: cc[cat] += 1
print("calls per category", dict(cc), "spans", spans)
print("hard negatives", sum("hard_negative" in c["tags"] for c in CALLS))
mc = collections.Counter(m for c in CALLS for m in c["miss"])
print("misses", dict(mc), "calls with a miss", sum(bool(c["miss"]) for c in CALLS))
print("forbidden calls", sum(bool(c["fw"]) for c in CALLS), "over_promise calls", sum(bool(c["op"]) for c in CALLS))
print("neg turns", sum(len(c["obj"]["labels"]["customer_negative_turns"]) for c in CALLS))
# duplicate sentences across calls
seen = collections.defaultdict(set)
for c in CALLS:
    for t in c["obj"]["turns"]:
        for sent in re.split(r"[。？！]", t["text"]):
            if len(sent) >= 8: seen[sent].add(c["n"])
d = [(k, v) for k, v in seen.items() if len(v) > 1]
print("repeated sentences", d)
print("\n".join(errs) or "no errors"); sys.exit(1 if errs else 0)
