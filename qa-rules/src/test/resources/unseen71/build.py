import json, os, re, collections
from calls_def import CALLS
HERE = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
QA = ["greeting","self_intro","needs_discovery","next_step","closing"]
bad = re.compile(r"[\x00-\x7f]")
errs = []
def find(turns, ev, idx, who, cid):
    if idx is not None:
        hits = [idx] if ev in turns[idx]["text"] else []
    else:
        hits = [i for i,t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"{cid}: evidence {ev!r} hits {hits}"); return -1
    i = hits[0]
    if who and turns[i]["speaker"] != who:
        errs.append(f"{cid}: {ev!r} in {turns[i]['speaker']} turn")
    return i
assert len(CALLS) == 40
for n, c in enumerate(CALLS, 1):
    cid = f"call-u71-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        tag, text = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        if bad.search(text): errs.append(f"{cid}: ascii in {text!r}")
        turns.append({"speaker": sp, "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]; idx = s[2] if len(s) > 2 else None
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": find(turns, ev, idx, None, cid), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    miss = [m for m in c["miss"].split(",") if m]
    qa = {k: k not in miss for k in QA}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): errs.append(f"{cid}: greeting check")
    if qa["closing"] != bool(re.search("谢|祝", reps[-1])): errs.append(f"{cid}: closing check")
    qa["forbidden_words"] = [{"turn": find(turns, e, None, "rep", cid), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, e, None, "rep", cid), "evidence": e} for e in c.get("op", [])]
    for k in c["tags"]:
        if bad.search(k.replace("_","a")) is None and not re.fullmatch(r"[a-z_]+", k): errs.append(f"{cid}: tag {k}")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": qa["forbidden_words"], "over_promise": qa["over_promise"],
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
# summary
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cat = collections.Counter(); spans = 0
for c in CALLS:
    spans += len(c["sig"]); cat.update({s[0] for s in c["sig"]})
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cat), "spans", spans)
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("miss", collections.Counter(m for c in CALLS for m in c["miss"].split(",") if m), "calls with miss", sum(bool(c["miss"]) for c in CALLS))
print("fw calls", sum(bool(c.get("fw")) for c in CALLS), "op calls", sum(bool(c.get("op")) for c in CALLS))
print("neg turns", sum(c["t"].count("\nC!|") for c in CALLS))
lens = [len(c["t"].strip().splitlines()) for c in CALLS]; print("turns", sorted(lens), sum(lens))
print("ERRORS", len(errs)); [print(" ", e) for e in errs]
