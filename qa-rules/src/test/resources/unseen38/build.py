import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
out = os.path.dirname(os.path.abspath(__file__))
errs = []
risk = Counter(); catcalls = Counter(); nsig = 0; lens = []
for c in CALLS:
    n = c["n"]; cid = "call-u38-%02d" % n
    turns = []
    for line in c["text"].strip().splitlines():
        sp, txt = line[0], line[2:].strip()
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
        if BAD.search(txt): errs.append((cid, "bad char", txt))
    lens.append(len(turns))
    if not 8 <= len(turns) <= 30: errs.append((cid, "len", len(turns)))
    sigs = []
    for cat, t, ev in c["sig"]:
        assert cat in CATS, cat
        if ev not in turns[t]["text"]: errs.append((cid, "sig ev", t, ev))
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): errs.append((cid, "risk/signals"))
    qa = {k: True for k in ["greeting", "self_intro", "needs_discovery"]}
    qa.update({"forbidden_words": [], "over_promise": [], "next_step": True, "closing": True})
    qa.update(c["qa"])
    for key, spans in (("forbidden_words", c["fw"]), ("over_promise", c["op"])):
        for t, ev in spans:
            if turns[t]["speaker"] != "rep" or ev not in turns[t]["text"]: errs.append((cid, key, t, ev))
            qa[key].append({"turn": t, "evidence": ev})
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": errs.append((cid, "neg on rep", t))
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: errs.append((cid, "greeting heuristic", g))
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: errs.append((cid, "closing heuristic", cl))
    risk[c["risk"]] += 1; nsig += len(sigs)
    for cat in {s["category"] for s in sigs}: catcalls[cat] += 1
    obj = {"id": cid, "industry": IND[(n - 1) % 8], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": {
               "greeting": qa["greeting"], "self_intro": qa["self_intro"],
               "needs_discovery": qa["needs_discovery"], "forbidden_words": qa["forbidden_words"],
               "over_promise": qa["over_promise"], "next_step": qa["next_step"], "closing": qa["closing"]},
               "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
print("calls", len(CALLS), "risk", dict(risk), "signals", nsig, "turns", sum(lens), "min/max", min(lens), max(lens))
print("calls per category", dict(catcalls.most_common()))
print("errors", len(errs))
for e in errs: print(" ", e)
