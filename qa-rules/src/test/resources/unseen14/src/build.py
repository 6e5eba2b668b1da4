import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from calls_def import CALLS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
probs = []
bad_chars = re.compile(r'[\x00-\x7f０-９Ａ-Ｚａ-ｚ]')
def locate(turns, ev, cid, kind, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        probs.append(f"{cid} {kind} evidence {ev!r} in turns {hits}")
        return hits[0] if hits else -1
    if rep_only and turns[hits[0]]["speaker"] != "rep":
        probs.append(f"{cid} {kind} {ev!r} not in rep turn")
    return hits[0]
stats = collections.Counter(); cats = collections.Counter(); lens = collections.Counter()
for c in CALLS:
    cid = f"call-u14-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].splitlines():
        code, text = line.split("|", 1)
        if bad_chars.search(text): probs.append(f"{cid} bad char in {text!r}")
        if code == "N": neg.append(len(turns))
        turns.append({"speaker": "rep" if code == "R" else "customer", "text": text})
    sigs = []
    for s in c["sig"]:
        cat, ev = s.split("|", 1)
        sigs.append({"category": cat, "turn": locate(turns, ev, cid, "sig"), "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].find(s["evidence"])))
    fw = sorted([{"turn": locate(turns, e, cid, "fw", True), "evidence": e} for e in c["fw"]], key=lambda x: x["turn"])
    op = sorted([{"turn": locate(turns, e, cid, "op", True), "evidence": e} for e in c["op"]], key=lambda x: x["turn"])
    m = c["miss"]
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" not in m, "closing": "c" not in m}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != ("您好" in reps[0] or "你好" in reps[0]): probs.append(f"{cid} greeting mismatch")
    if qa["closing"] != bool(re.search("谢|祝", reps[-1])): probs.append(f"{cid} closing heuristic mismatch")
    if (c["risk"] == "none") != (not sigs): probs.append(f"{cid} risk/signals mismatch")
    n = len(turns)
    if not 8 <= n <= 30: probs.append(f"{cid} {n} turns")
    L = "short" if n <= 10 else "medium" if n <= 16 else "long"
    if ("short" in c["tags"]) != (L == "short"): probs.append(f"{cid} short tag vs {n} turns")
    lens[L] += 1
    stats["risk_" + c["risk"]] += 1
    for cat in {s["category"] for s in sigs}: cats[cat] += 1
    stats["spans"] += len(sigs); stats["turns"] += n; stats["neg_turns"] += len(neg)
    if "hard_negative" in c["tags"]: stats["hard_neg"] += 1
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not qa[k]: stats["miss_" + k] += 1
    if fw: stats["fw_calls"] += 1
    if op: stats["op_calls"] += 1
    stats["ind_" + c["ind"]] += 1
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
print("\n".join(probs) or "no build problems")
print(dict(sorted(stats.items()))); print(dict(cats.most_common())); print(dict(lens))
