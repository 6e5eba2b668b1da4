# -*- coding: utf-8 -*-
"""Write call-u128-NN.json from calls_def.CALLS and check them."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errs = []
def err(n, m): errs.append("call %02d: %s" % (n, m))

sent_seen = collections.defaultdict(list)
for c in CALLS:
    n = c["n"]; cid = "call-u128-%02d" % n
    turns = []
    for t in c["T"]:
        sp, txt = t.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
        if BAD.search(txt): err(n, "bad char %r in %s" % (BAD.findall(txt), txt))
        for s in re.split(r"[。？！；…]", txt):
            if len(s) >= 8: sent_seen[s].append(n)
    if not 8 <= len(turns) <= 30: err(n, "turn count %d" % len(turns))
    if c["ind"] not in INDS: err(n, "industry")
    sigs = []
    for cat, ti, ev in c["sig"]:
        if cat not in CATS: err(n, "cat " + cat)
        if ev not in turns[ti]["text"]: err(n, "signal evidence not in turn %d: %s" % (ti, ev))
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): err(n, "risk/signal mismatch")
    def spans(lst, what):
        out = []
        for ti, ev in lst:
            if turns[ti]["speaker"] != "rep": err(n, what + " not rep turn %d" % ti)
            if ev not in turns[ti]["text"]: err(n, what + " evidence missing %s" % ev)
            out.append({"turn": ti, "evidence": ev})
        return out
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": err(n, "neg turn %d not customer" % ti)
    miss = set(x for x in c["miss"].split(",") if x)
    qa = {k: (k not in miss) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = spans(c["fw"], "fw")
    qa["over_promise"] = spans(c["op"], "op")
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    # light sanity checks for greeting / closing
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0][:12] or "你好" in reps[0][:12])
    if g != qa["greeting"]: err(n, "greeting flag vs text")
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if cl != qa["closing"]: err(n, "closing flag vs text")
    tags = list(c["tags"])
    if len(turns) <= 12 and "short" not in tags: tags.append("short")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

for s, ns in sent_seen.items():
    if len(set(ns)) > 1: errs.append("repeated sentence %r in calls %s" % (s, sorted(set(ns))))
ns = sorted(c["n"] for c in CALLS)
if ns != list(range(1, 41)): errs.append("numbers %s" % ns)
print(collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["ind"] for c in CALLS))
print("turns:", sorted(len(c["T"]) for c in CALLS))
cc = collections.Counter(cat for c in CALLS for cat in set(s[0] for s in c["sig"]))
print("calls per category:", dict(cc), "spans:", sum(len(c["sig"]) for c in CALLS))
print("qa misses:", {c["n"]: c["miss"] for c in CALLS if c["miss"]})
print("fw:", [c["n"] for c in CALLS if c["fw"]], "op:", [c["n"] for c in CALLS if c["op"]],
      "neg turns:", sum(len(c["neg"]) for c in CALLS))
print("\n".join(errs) if errs else "build: 0 errors")
