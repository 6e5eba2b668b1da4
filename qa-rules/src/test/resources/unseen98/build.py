import json, re, sys, collections
from calls_def import CALLS
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def err(n, m): errs.append(f"call {n}: {m}")
def find(turns, ev, n, idx=None, rep_only=False):
    if idx is not None:
        if ev not in turns[idx]["text"]: err(n, f"'{ev}' not in turn {idx}")
        return idx
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1: err(n, f"'{ev}' found in turns {hits}"); return hits[0] if hits else 0
    if rep_only and turns[hits[0]]["speaker"] != "rep": err(n, f"'{ev}' not in rep turn")
    return hits[0]
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
risk = collections.Counter(); ind = collections.Counter()
for c in CALLS:
    n = c["n"]; turns = []; neg = []
    for line in c["t"].strip().splitlines():
        tag, text = line.split(":", 1)
        if bad.search(text) or " " in text: err(n, f"bad char in: {text}")
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
    if not 8 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS: err(n, f"cat {cat}")
        sigs.append({"category": cat, "turn": find(turns, ev, n, s[2] if len(s) > 2 else None), "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].index(s["evidence"])))
    if (c["risk"] == "none") != (not sigs): err(n, "risk/signals mismatch")
    miss = set(filter(None, c["miss"].split(",")))
    qa = {k: k not in miss for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, n, rep_only=True), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, n, rep_only=True), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): err(n, "greeting heuristic")
    if qa["closing"] != bool(re.search("谢|祝", reps[-1])): err(n, "closing heuristic")
    if qa["needs_discovery"] != any("？" in r for r in reps): err(n, "needs_discovery heuristic")
    risk[c["risk"]] += 1; ind[c["ind"]] += 1
    cid = f"call-u98-{n:02d}"
    tags = list(c["tags"])
    if c["fw"] or c["op"]:
        pass
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(cid + ".json", "w"), ensure_ascii=False, indent=1)
print("risk", dict(risk)); print("ind", dict(ind)); print("\n".join(errs) or "no build errors")
