import json, re, importlib, sys
from collections import Counter
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CALLS = []
for b in ["calls_a","calls_b","calls_c","calls_d"]:
    try:
        CALLS += importlib.import_module(b).CALLS
    except ModuleNotFoundError:
        pass
bad = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
errs = []
for c in CALLS:
    n, ind, risk, scen, tags, turns, sigs, qa, fw, op, neg = c
    cid = "call-u144-%02d" % n
    T = [{"speaker": {"R":"rep","C":"customer"}[s], "text": t} for s, t in turns]
    def chk(turn, ev, who, what):
        if turn >= len(T): errs.append((cid, what, turn, "no turn")); return
        if ev not in T[turn]["text"]: errs.append((cid, what, turn, ev))
        if who and T[turn]["speaker"] != who: errs.append((cid, what, turn, "speaker"))
    for cat, t, ev in sigs: chk(t, ev, None, cat)
    for t, ev in fw: chk(t, ev, "rep", "fw")
    for t, ev in op: chk(t, ev, "rep", "op")
    for t in neg:
        if T[t]["speaker"] != "customer": errs.append((cid, "neg", t))
    for i, x in enumerate(T):
        if bad.search(x["text"]): errs.append((cid, "chars", i, bad.findall(x["text"])))
    if bad.search(scen): errs.append((cid, "scen chars"))
    if not 8 <= len(T) <= 30: errs.append((cid, "len", len(T)))
    if (risk == "none") != (len(sigs) == 0): errs.append((cid, "risk/signals"))
    assert ind == IND[(n-1) % 8], cid
    d = {"id": cid, "industry": ind, "scenario": scen, "tags": tags, "turns": T,
         "labels": {"churn_risk": risk,
                    "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in sigs],
                    "qa": {"greeting": "g" in qa, "self_intro": "s" in qa, "needs_discovery": "n" in qa,
                           "forbidden_words": [{"turn": a, "evidence": b} for a, b in fw],
                           "over_promise": [{"turn": a, "evidence": b} for a, b in op],
                           "next_step": "x" in qa, "closing": "c" in qa},
                    "customer_negative_turns": sorted(neg)}}
    json.dump(d, open(cid + ".json", "w"), ensure_ascii=False, indent=1)
print("calls", len(CALLS), "errors", errs)
print(Counter(c[2] for c in CALLS), Counter(c[1] for c in CALLS))
print("turns", sum(len(c[5]) for c in CALLS), "lens", sorted(len(c[5]) for c in CALLS))
print("cats", Counter(cat for c in CALLS for cat in set(s[0] for s in c[6])), "spans", sum(len(c[6]) for c in CALLS))
print("qa misses", {k: [c[0] for c in CALLS if k not in c[7]] for k in "gsnxc"})
print("fw", [c[0] for c in CALLS if c[8]], "op", [c[0] for c in CALLS if c[9]], "neg turns", sum(len(c[10]) for c in CALLS))
print("hard_neg", [c[0] for c in CALLS if "hard_negative" in c[4]], "negation", [c[0] for c in CALLS if "negation" in c[4]])
