import json, re, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[\x00-\x7f０-９Ａ-Ｚａ-ｚ]')
errs = []
def find(turns, ev, cid, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"{cid}: evidence {ev!r} in turns {hits}"); return -1
    if who and turns[hits[0]]["speaker"] != who:
        errs.append(f"{cid}: {ev!r} not in a {who} turn")
    return hits[0]
for c in CALLS:
    cid = f"call-u17-{c['n']:02d}"
    turns = []
    for line in c["text"].strip().split("\n"):
        sp, txt = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt.strip()})
        if BAD.search(txt): errs.append(f"{cid}: bad char in {txt!r}")
    sigs = [{"category": cat, "turn": find(turns, ev, cid), "evidence": ev} for cat, ev in c["sig"]]
    sigs.sort(key=lambda s: s["turn"])
    fw = [{"turn": find(turns, ev, cid, "rep"), "evidence": ev} for ev in c["fw"]]
    op = [{"turn": find(turns, ev, cid, "rep"), "evidence": ev} for ev in c["op"]]
    neg = sorted({find(turns, ev, cid, "customer") for ev in c["neg"]})
    if len(neg) != len(c["neg"]): errs.append(f"{cid}: duplicate neg")
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                    "qa": {"greeting": c["g"], "self_intro": c["s"], "needs_discovery": c["nd"],
                           "forbidden_words": fw, "over_promise": op, "next_step": c["ns"], "closing": c["cl"]},
                    "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(CALLS), "calls written;", len(errs), "errors"); print("\n".join(errs))
