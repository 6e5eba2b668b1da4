import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = ["price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"]
bad = re.compile(r'[\x00-\x7f０-９Ａ-Ｚａ-ｚ]')
probs = []
def find(turns, ev, want=None, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if want is not None:
        if want not in hits: probs.append(f"{ev} not in turn {want}")
        return want
    if len(hits) != 1: probs.append(f"evidence {ev!r} in turns {hits}")
    i = hits[0] if hits else -1
    if who and i >= 0 and turns[i]["speaker"] != who: probs.append(f"{ev} not in {who} turn")
    return i
for c in CALLS:
    cid = "call-u10-%02d" % c["n"]
    turns = []; neg = []
    for line in c["text"].strip().splitlines():
        line = line.strip()
        tag, txt = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        assert tag in ("R","C","C!"), line
        if bad.search(txt): probs.append(f"{cid}: ascii/digit in {txt}")
        turns.append({"speaker": sp, "text": txt})
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i-1]["speaker"]: probs.append(f"{cid}: same speaker twice at {i}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": find(turns, ev, s[2] if len(s) > 2 else None), "evidence": ev})
    miss = set(x for x in c["miss"].split(",") if x)
    qa = {k: (k not in miss) for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, who="rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, who="rep"), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: probs.append(f"{cid}: greeting heuristic {g}")
    cl = any(w in reps[-1] for w in ["谢谢","感谢","祝"])
    if cl != qa["closing"]: probs.append(f"{cid}: closing heuristic {cl}")
    if (c["risk"] == "none") != (len(sigs) == 0): probs.append(f"{cid}: risk/signals mismatch")
    d = {"id": cid, "industry": IND[(c["n"]-1)//5], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
# stats
from collections import Counter
risk = Counter(c["risk"] for c in CALLS)
catc = Counter(); spans = 0
for c in CALLS:
    spans += len(c["sig"])
    for k in set(s[0] for s in c["sig"]): catc[k] += 1
lens = []
for c in CALLS:
    n = len(c["text"].strip().splitlines()); lens.append(n)
short = sum(1 for n in lens if n <= 10); med = sum(1 for n in lens if 11 <= n <= 16); lng = sum(1 for n in lens if n >= 17)
miss = Counter(); fw = op = 0
for c in CALLS:
    for m in c["miss"].split(","):
        if m: miss[m] += 1
    fw += bool(c["fw"]); op += bool(c["op"])
negs = sum(c["text"].count("C!|") for c in CALLS)
print("risk", dict(risk)); print("cats", dict(catc), "spans", spans)
print("len short/med/long", short, med, lng, "turns", sum(lens), "min/max", min(lens), max(lens))
print("miss", dict(miss), "fw calls", fw, "op calls", op, "neg turns", negs)
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS))
print("PROBLEMS", len(probs)); [print(" ", p) for p in probs]
