#!/usr/bin/env python3
"""Build call-u206-NN.json from calls_1..4.py and check them."""
import json, re, sys, os, collections
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4

HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = C1 + C2 + C3 + C4
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errs = []
def err(n, m): errs.append(f"call {n:02d}: {m}")

assert [c["n"] for c in CALLS] == list(range(1, 41)), "numbering"
clauses = collections.defaultdict(list)
for c in CALLS:
    n = c["n"]
    turns = []
    for s in c["t"]:
        sp, txt = s[:2], s[2:]
        if sp not in ("R:", "C:"): err(n, f"bad prefix {s[:5]}")
        turns.append({"speaker": "rep" if sp == "R:" else "customer", "text": txt})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", txt): err(n, f"latin/digit: {txt}")
        if re.search(r"[,.?!:;()\"']", txt): err(n, f"ascii punct: {txt}")
        for cl in re.split(r"[，。？！；：、]", txt):
            if len(cl) >= 6: clauses[cl].append(n)
    if not 8 <= len(turns) <= 12: err(n, f"{len(turns)} turns")
    if turns[0]["speaker"] != "rep": err(n, "first turn not rep")
    if c["ind"] not in INDS: err(n, "industry")
    risk = c["risk"]
    if (risk == "none") != (len(c["sig"]) == 0): err(n, "risk/signals mismatch")
    for cat, ti, ev in c["sig"]:
        if cat not in CATS: err(n, f"cat {cat}")
        if ev not in turns[ti]["text"]: err(n, f"signal evidence not in turn {ti}: {ev}")
    for kind in ("fw", "op"):
        for ti, ev in c[kind]:
            if turns[ti]["speaker"] != "rep": err(n, f"{kind} on non-rep turn {ti}")
            if ev not in turns[ti]["text"]: err(n, f"{kind} evidence not in turn {ti}: {ev}")
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": err(n, f"neg turn {ti} not customer")
    q = [x == "1" for x in c["qa"]]
    # mechanical cross-checks of the booleans
    rep = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in rep[0]) or ("你好" in rep[0])
    if g != q[0]: err(n, f"greeting label {q[0]} vs text {g}")
    cl = any(w in rep[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != q[4]: err(n, f"closing label {q[4]} vs text {cl}")
    cid = f"call-u206-{n:02d}"
    out = {"id": cid, "industry": c["ind"], "scenario": c["sc"],
           "tags": c["tags"] + ["short"], "turns": turns,
           "labels": {"churn_risk": risk,
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": {"greeting": q[0], "self_intro": q[1], "needs_discovery": q[2],
                             "forbidden_words": [{"turn": a, "evidence": e} for a, e in c["fw"]],
                             "over_promise": [{"turn": a, "evidence": e} for a, e in c["op"]],
                             "next_step": q[3], "closing": q[4]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")

for cl, ns in clauses.items():
    if len(ns) > 1: errs.append(f"repeated clause {cl!r} in calls {ns}")

# distribution
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
if any(v != 10 for v in risk.values()) or len(risk) != 4: errs.append(f"risk dist {risk}")
if any(v != 5 for v in ind.values()) or len(ind) != 8: errs.append(f"industry dist {ind}")
catcalls = collections.Counter(cat for c in CALLS for cat in {s[0] for s in c["sig"]})
names = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
miss = {nm: sum(c["qa"][i] == "0" for c in CALLS) for i, nm in enumerate(names)}
print("risk:", dict(risk)); print("industry:", dict(ind))
print("turns:", sum(len(c["t"]) for c in CALLS), collections.Counter(len(c["t"]) for c in CALLS))
print("calls per category:", dict(catcalls.most_common()), "spans:", sum(len(c["sig"]) for c in CALLS))
print("hard_negative:", sum("hard_negative" in c["tags"] for c in CALLS),
      "negation:", sum("negation" in c["tags"] for c in CALLS),
      "ambiguous:", sum("ambiguous" in c["tags"] for c in CALLS),
      "big_account:", sum("big_account" in c["tags"] for c in CALLS))
print("qa missing:", miss)
print("forbidden calls:", sum(bool(c["fw"]) for c in CALLS), "over_promise calls:", sum(bool(c["op"]) for c in CALLS))
print("negative customer turns:", sum(len(c["neg"]) for c in CALLS))
print("\n".join(errs) if errs else "build checks: OK")
sys.exit(1 if errs else 0)
