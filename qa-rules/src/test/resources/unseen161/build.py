#!/usr/bin/env python3
"""Build call-u161-NN.json from calls_1..4.py and check them. Prints a distribution summary."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_1, calls_2, calls_3, calls_4

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errs = []
def err(n, m): errs.append(f"call {n:02d}: {m}")

sent_seen = {}
for c in calls:
    n = c["n"]
    turns = [{"speaker": "rep" if s[0] == "R" else "customer", "text": s[1:]} for s in c["t"]]
    assert all(s[0] in "RC" for s in c["t"]), n
    if not 10 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    for i, tr in enumerate(turns):
        tx = tr["text"]
        if re.search(r"[A-Za-z0-9]", tx): err(n, f"turn {i} latin/digit")
        if re.search(r"[,.?!:;()\"']", tx): err(n, f"turn {i} ascii punctuation")
        for s in re.split(r"[。？！]", tx):
            s = s.strip()
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != n: err(n, f"sentence reused from call {sent_seen[s]}: {s}")
                sent_seen[s] = n
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    def check_span(kind, ti, ev, rep_only):
        if not 0 <= ti < len(turns): err(n, f"{kind} turn {ti} out of range"); return
        if ev not in turns[ti]["text"]: err(n, f"{kind} evidence not in turn {ti}: {ev}")
        if rep_only and turns[ti]["speaker"] != "rep": err(n, f"{kind} on customer turn {ti}")
    for cat, ti, ev in c["sig"]:
        if cat not in CATS: err(n, f"bad category {cat}")
        check_span("signal", ti, ev, False)
    for ti, ev in c["fw"]: check_span("forbidden", ti, ev, True)
    for ti, ev in c["op"]: check_span("over_promise", ti, ev, True)
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": err(n, f"neg turn {ti} is rep")
    if c["risk"] == "none" and c["sig"]: err(n, "none with signals")
    if c["risk"] != "none" and not c["sig"]: err(n, "risk without signals")
    qa = c["qa"]
    g = "g" in qa; cl = "c" in qa
    first = turns[rep_idx[0]]["text"]; last = turns[rep_idx[-1]]["text"]
    if g != bool(re.search("您好|你好", first)): err(n, "greeting flag mismatch")
    if cl != bool(re.search("谢谢|感谢|祝", last)): err(n, "closing flag mismatch")
    cid = f"call-u161-{n:02d}"
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": {"greeting": g, "self_intro": "s" in qa, "needs_discovery": "n" in qa,
                             "forbidden_words": [{"turn": a, "evidence": e} for a, e in c["fw"]],
                             "over_promise": [{"turn": a, "evidence": e} for a, e in c["op"]],
                             "next_step": "x" in qa, "closing": cl},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)

# distribution
ns = [c["n"] for c in calls]
if sorted(ns) != list(range(1, 41)): errs.append("call numbers not 1..40")
risk = collections.Counter(c["risk"] for c in calls)
ind = collections.Counter(c["ind"] for c in calls)
if any(risk[r] != 10 for r in ["none", "low", "medium", "high"]): errs.append(f"risk {risk}")
if any(ind[i] != 5 for i in INDS): errs.append(f"industry {ind}")
lens = [len(c["t"]) for c in calls]
long_ = sum(1 for l in lens if l >= 20)
if long_ < 10: errs.append(f"only {long_} long calls")
cat_calls = collections.Counter(); spans = 0
for c in calls:
    spans += len(c["sig"])
    for k in {s[0] for s in c["sig"]}: cat_calls[k] += 1
miss = {k: sum(1 for c in calls if k not in c["qa"]) for k in "gsnxc"}
print("risk:", dict(risk))
print("industry:", dict(ind))
print(f"turns: total {sum(lens)}, min {min(lens)}, max {max(lens)}, 20-30 turns: {long_} calls, 10-19: {40-long_}")
print(f"categories (calls): {dict(cat_calls.most_common())}; signal spans {spans}")
print("hard_negative:", sum('hard_negative' in c['tags'] for c in calls),
      "negation:", sum('negation' in c['tags'] for c in calls),
      "ambiguous:", sum('ambiguous' in c['tags'] for c in calls),
      "big_account:", sum('big_account' in c['tags'] for c in calls))
print("QA missing: greeting %(g)d, self_intro %(s)d, needs_discovery %(n)d, next_step %(x)d, closing %(c)d" % miss)
print("forbidden in", sum(1 for c in calls if c["fw"]), "calls (", sum(len(c["fw"]) for c in calls), "spans ); over_promise in",
      sum(1 for c in calls if c["op"]), "calls (", sum(len(c["op"]) for c in calls), "spans )")
print("customer negative turns:", sum(len(c["neg"]) for c in calls))
print("PROBLEMS:", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
