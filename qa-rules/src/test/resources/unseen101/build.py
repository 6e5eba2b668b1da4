# Builds call-u101-NN.json from calls_def.py and checks labels mechanically.
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution",
        "furniture","feed","hotel_supplies"]
errors = []
def err(n, msg): errors.append(f"call {n:02d}: {msg}")

def locate(n, turns, ev, turn=None, rep_only=False):
    cands = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        if turn not in cands: err(n, f"evidence not in turn {turn}: {ev}")
        return turn
    if len(cands) != 1: err(n, f"evidence matches {cands}: {ev}")
    return cands[0] if cands else -1

bad_chars = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
seen_sentences = collections.Counter()
stats = collections.Counter()
for c in CALLS:
    n = c["n"]
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        tag, text = line.split(": ", 1)
        if bad_chars.search(text): err(n, f"bad char in: {text}")
        spk = "rep" if tag == "R" else "customer"
        if tag == "N": neg.append(len(turns))
        turns.append({"speaker": spk, "text": text})
        for s in re.split(r"[。？！]", text):
            if len(s) >= 8: seen_sentences[s] += 1
    if not 8 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS: err(n, f"bad category {cat}")
        ti = locate(n, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (len(sigs) == 0): err(n, "risk/signals mismatch")
    g, si, nd, ns, cl = [x == "1" for x in c["qa"]]
    reps = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[reps[0]]["text"], turns[reps[-1]]["text"]
    if g != ("您好" in first or "你好" in first): err(n, "greeting flag vs first rep turn")
    if cl != any(w in last for w in ("谢谢", "感谢", "祝")): err(n, "closing flag vs last rep turn")
    fw = [{"turn": locate(n, turns, e, rep_only=True), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(n, turns, e, rep_only=True), "evidence": e} for e in c["op"]]
    cid = f"call-u101-{n:02d}"
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": si, "needs_discovery": nd,
                             "forbidden_words": fw, "over_promise": op, "next_step": ns, "closing": cl},
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1; stats["turns"] += len(turns)
    for cat in {s["category"] for s in sigs}: stats["cat_" + cat] += 1
    stats["spans"] += len(sigs); stats["neg"] += len(neg)
    for k, v in zip(["greeting","self_intro","needs_discovery","next_step","closing"], [g, si, nd, ns, cl]):
        if not v: stats["miss_" + k] += 1
    if not all([g, si, nd, ns, cl]): stats["calls_with_miss"] += 1
    if fw: stats["forbidden_calls"] += 1
    if op: stats["overpromise_calls"] += 1
    if "hard_negative" in c["tags"]: stats["hard_negative"] += 1
    if "negation" in c["tags"]: stats["negation"] += 1
    lens = len(turns); stats["short" if lens <= 10 else "long" if lens >= 18 else "medium"] += 1
if sorted(c["n"] for c in CALLS) != list(range(1, 41)): errors.append("numbering")
for s, k in seen_sentences.items():
    if k > 1: print("repeated sentence:", k, s)
for k in sorted(stats): print(k, stats[k])
print("\n".join(errors) or "build: 0 errors")
