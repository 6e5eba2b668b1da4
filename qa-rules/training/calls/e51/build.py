#!/usr/bin/env python3
"""Build call-e51-NN.json from calls_1.py .. calls_4.py and run sanity checks."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

CALLS = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []
def bad(cid, msg): problems.append(f"{cid}: {msg}")

seen_sent = {}
out = []
for c in CALLS:
    cid = "call-e51-%02d" % c["n"]
    turns = []
    for t in c["t"]:
        sp, txt = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
    n = len(turns)
    if not 10 <= n <= 30: bad(cid, f"{n} turns")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]): bad(cid, f"turn {i} latin/digit")
        if re.search(r"[,.?!:;()\"'%]", t["text"]): bad(cid, f"turn {i} ascii punct")
        for s in re.split(r"[。？！]", t["text"]):
            s = s.strip()
            if len(s) >= 8:
                if s in seen_sent and seen_sent[s] != cid: bad(cid, f"sentence reused from {seen_sent[s]}: {s}")
                seen_sent[s] = cid
    if c["ind"] not in IND: bad(cid, "industry")
    sigs = []
    for cat, ti, ev in c.get("sig", []):
        if cat not in CATS: bad(cid, f"cat {cat}")
        if ti >= n or ev not in turns[ti]["text"]: bad(cid, f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    risk = c["risk"]
    if risk == "none" and sigs: bad(cid, "none with signals")
    if risk != "none" and not sigs: bad(cid, "risk without signals")
    def spans(lst, kind):
        r = []
        for ti, ev in lst:
            if ti >= n or turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                bad(cid, f"{kind} span bad at {ti}: {ev}")
            r.append({"turn": ti, "evidence": ev})
        return r
    q = c["qa"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if turns[0]["speaker"] != "rep": bad(cid, "first turn not rep")
    g = bool(re.search("您好|你好", reps[0]))
    if g != ("G" in q): bad(cid, f"greeting flag {('G' in q)} vs text {g}")
    cl = bool(re.search("谢|祝", reps[-1]))
    if cl != ("C" in q): bad(cid, f"closing flag {('C' in q)} vs text {cl}")
    for ti in c.get("neg", []):
        if turns[ti]["speaker"] != "customer": bad(cid, f"neg turn {ti} not customer")
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": risk, "churn_signals": sigs,
                    "qa": {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
                           "forbidden_words": spans(c.get("fw", []), "fw"),
                           "over_promise": spans(c.get("op", []), "op"),
                           "next_step": "X" in q, "closing": "C" in q},
                    "customer_negative_turns": sorted(c.get("neg", []))}}
    out.append(d)

ids = [d["id"] for d in out]
if len(set(ids)) != 40 or len(ids) != 40: bad("all", f"ids {len(ids)} unique {len(set(ids))}")
for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)

# distribution
rc = collections.Counter(d["labels"]["churn_risk"] for d in out)
ic = collections.Counter(d["industry"] for d in out)
cc = collections.Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
nsig = sum(len(d["labels"]["churn_signals"]) for d in out)
tl = [len(d["turns"]) for d in out]
longc = sum(1 for x in tl if x >= 20)
print("risk", dict(rc)); print("industry", dict(ic)); print("calls per category", dict(cc.most_common()), "spans", nsig)
print("turns total", sum(tl), "min", min(tl), "max", max(tl), "long(20-30)", longc)
tagc = collections.Counter(t for d in out for t in d["tags"])
print("tags", dict(tagc.most_common()))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, [d["id"][-2:] for d in out if not d["labels"]["qa"][k]])
print("forbidden calls", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
      "over_promise calls", sum(1 for d in out if d["labels"]["qa"]["over_promise"]))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
if any(v != 10 for v in rc.values()) or len(rc) != 4: bad("all", "risk distribution")
if any(v != 5 for v in ic.values()) or len(ic) != 8: bad("all", "industry distribution")
if longc < 10: bad("all", "fewer than 10 long calls")
for p in problems: print("PROBLEM", p)
print(len(problems), "build problems")
