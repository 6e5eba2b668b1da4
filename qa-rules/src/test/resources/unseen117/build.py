import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
bad = re.compile(r"[\x00-\x7f]")
errs = []

def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    return hits

for c in CALLS:
    cid = "call-u117-%02d" % c["n"]
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        pre, text = raw.split(":", 1)
        if bad.search(text):
            errs.append((cid, i, "ascii char", bad.findall(text)))
        sp = "rep" if pre == "R" else "customer"
        if pre == "C!": neg.append(i)
        turns.append({"speaker": sp, "text": text})
    if not 8 <= len(turns) <= 30: errs.append((cid, "turn count", len(turns)))
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, (cid, cat)
        if len(s) > 2: t = s[2]
        else:
            h = find(turns, ev)
            if len(h) != 1: errs.append((cid, "sig ambiguous/missing", ev, h)); continue
            t = h[0]
        assert ev in turns[t]["text"]
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    def spans(lst):
        out = []
        for ev in lst:
            h = find(turns, ev, "rep")
            if len(h) != 1: errs.append((cid, "span", ev, h)); continue
            out.append({"turn": h[0], "evidence": ev})
        return out
    m = c["miss"]
    qa = {"greeting": "g" not in m, "self_intro": "s" not in m, "needs_discovery": "n" not in m,
          "forbidden_words": spans(c["fw"]), "over_promise": spans(c["op"]),
          "next_step": "x" not in m, "closing": "c" not in m}
    # sanity: greeting heuristic
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        errs.append((cid, "greeting mismatch", first_rep[:20]))
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        errs.append((cid, "closing mismatch", last_rep))
    if (c["risk"] == "none") != (len(sigs) == 0): errs.append((cid, "risk/signals mismatch"))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

print("errors:", *errs, sep="\n ")
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("ind", collections.Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"]) for c in CALLS))
cc = collections.Counter(); 
for c in CALLS:
    for k in {s[0] for s in c["sig"]}: cc[k] += 1
print("calls per cat", dict(cc), "spans", sum(len(c["sig"]) for c in CALLS))
for k in "gsnxc": print(k, [c["n"] for c in CALLS if k in c["miss"]])
print("fw", [c["n"] for c in CALLS if c["fw"]], "op", [c["n"] for c in CALLS if c["op"]])
print("neg turns", sum(t.startswith("C!") for c in CALLS for t in c["turns"]), "total turns", sum(len(c["turns"]) for c in CALLS))
print("hard_neg", [c["n"] for c in CALLS if "hard_negative" in c["tags"]], "negation", [c["n"] for c in CALLS if "negation" in c["tags"]])
