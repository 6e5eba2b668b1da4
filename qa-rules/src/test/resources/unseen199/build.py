#!/usr/bin/env python3
"""Build call-u199-NN.json from calls_1.py..calls_4.py and check them."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_1, calls_2, calls_3, calls_4

OUT = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errs, warns = [], []
sent_seen = {}
for c in calls:
    cid = "call-u199-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        sp, txt = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
    def chk(kind, ti, ev, rep_only=False):
        if not (0 <= ti < len(turns)):
            errs.append(f"{cid} {kind}: turn {ti} out of range"); return
        if ev not in turns[ti]["text"]:
            errs.append(f"{cid} {kind}: '{ev}' not in turn {ti}")
        if rep_only and turns[ti]["speaker"] != "rep":
            errs.append(f"{cid} {kind}: turn {ti} not rep")
    sigs = []
    for cat, ti, ev in c["sig"]:
        if cat not in CATS: errs.append(f"{cid}: bad cat {cat}")
        chk("signal", ti, ev); sigs.append({"category": cat, "turn": ti, "evidence": ev})
    qa = c["qa"]
    fw = [{"turn": t, "evidence": e} for t, e in c.get("fw", [])]
    op = [{"turn": t, "evidence": e} for t, e in c.get("op", [])]
    for s in fw: chk("forbidden", s["turn"], s["evidence"], True)
    for s in op: chk("over_promise", s["turn"], s["evidence"], True)
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": errs.append(f"{cid}: neg turn {ti} not customer")
    if c["risk"] == "none" and sigs: errs.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: errs.append(f"{cid}: {c['risk']} without signals")
    if not 10 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    for t in turns:
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]): errs.append(f"{cid}: latin/digit: {t['text']}")
        if re.search(r"[,.?!:;]", t["text"]): errs.append(f"{cid}: ascii punct: {t['text']}")
        for s in re.split(r"[。！？……]", t["text"]):
            s = s.strip("，、 ")
            if len(s) >= 6:
                if s in sent_seen and sent_seen[s] != cid:
                    errs.append(f"{cid}: sentence reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, cid)
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = bool(re.search("您好|你好", reps[0])); cl = bool(re.search("谢谢|感谢|祝", reps[-1]))
    if g != bool(qa["g"]): warns.append(f"{cid}: greeting label {qa['g']} vs heuristic {g}")
    if cl != bool(qa["c"]): warns.append(f"{cid}: closing label {qa['c']} vs heuristic {cl}")
    tags = list(c["tags"])
    for cat in sorted({s["category"] for s in sigs}, key=lambda x: [s["category"] for s in sigs].index(x)):
        if cat not in tags: tags.append(cat)
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": bool(qa["g"]), "self_intro": bool(qa["s"]),
                             "needs_discovery": bool(qa["n"]), "forbidden_words": fw,
                             "over_promise": op, "next_step": bool(qa["ns"]), "closing": bool(qa["c"])},
                      "customer_negative_turns": sorted(c["neg"])}}
    c["_obj"] = obj
nums = [c["n"] for c in calls]
if sorted(nums) != list(range(1, len(calls) + 1)): errs.append(f"numbering {nums}")
risk = collections.Counter(c["risk"] for c in calls)
ind = collections.Counter(c["ind"] for c in calls)
if set(ind) - set(IND): errs.append(f"bad industry {ind}")
lens = [len(c["turns"]) for c in calls]
print("calls", len(calls), "risk", dict(risk), "industry", dict(ind))
print("turns total", sum(lens), "long(20-30)", sum(1 for l in lens if l >= 20), "min", min(lens), "max", max(lens))
catcalls = collections.Counter(cat for c in calls for cat in {s[0] for s in c["sig"]})
print("calls per category", dict(catcalls), "spans", sum(len(c["sig"]) for c in calls))
for k in ["g", "s", "n", "ns", "c"]:
    print("qa missing", k, [c["n"] for c in calls if not c["qa"][k]])
print("forbidden in", [c["n"] for c in calls if c.get("fw")], "over_promise in", [c["n"] for c in calls if c.get("op")])
print("neg turns", sum(len(c["neg"]) for c in calls))
print("hard_negative", [c["n"] for c in calls if "hard_negative" in c["tags"]], "negation", [c["n"] for c in calls if "negation" in c["tags"]])
for w in warns: print("WARN", w)
for e in errs: print("ERR", e)
if errs: sys.exit(1)
for c in calls:
    with open(os.path.join(OUT, c["_obj"]["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c["_obj"], f, ensure_ascii=False, indent=1); f.write("\n")
print("wrote", len(calls), "files")
