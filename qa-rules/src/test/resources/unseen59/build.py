import json, os, re, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
SPK = {"R": "rep", "C": "customer"}
errors = []
assert len(CALLS) == 40
for i, c in enumerate(CALLS, 1):
    cid = "call-u59-%02d" % i
    turns = [{"speaker": SPK[s], "text": t} for s, t in c["turns"]]
    def err(m): errors.append("%s: %s" % (cid, m))
    if not 8 <= len(turns) <= 30: err("turn count %d" % len(turns))
    if c["industry"] not in INDS: err("industry")
    for k, t in enumerate(turns):
        if BAD.search(t["text"]): err("bad char in turn %d: %s" % (k, BAD.findall(t["text"])))
    if BAD.search(c["scenario"]): err("bad char in scenario")
    for cat, k, ev in c["sig"]:
        if cat not in CATS: err("cat " + cat)
        if ev not in turns[k]["text"]: err("sig evidence not in turn %d: %s" % (k, ev))
    for lst in ("forb", "over"):
        for k, ev in c[lst]:
            if turns[k]["speaker"] != "rep": err("%s on non-rep turn %d" % (lst, k))
            if ev not in turns[k]["text"]: err("%s evidence not in turn %d: %s" % (lst, k, ev))
    for k in c["neg"]:
        if turns[k]["speaker"] != "customer": err("neg on rep turn %d" % k)
    if c["risk"] == "none" and c["sig"]: err("none with signals")
    if c["risk"] != "none" and not c["sig"]: err("risk without signals")
    # QA sanity
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = "greeting" not in c["miss"]
    if g != ("您好" in reps[0] or "你好" in reps[0]): err("greeting mismatch")
    cl = "closing" not in c["miss"]
    if cl != any(w in reps[-1] for w in ("谢谢", "感谢", "祝")): err("closing mismatch")
    qa = {q: (q not in c["miss"]) for q in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": k, "evidence": ev} for k, ev in c["forb"]]
    qa["over_promise"] = [{"turn": k, "evidence": ev} for k, ev in c["over"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = cl
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": k, "evidence": e} for a, k, e in c["sig"]],
                      "qa": qa, "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["industry"] for c in CALLS)
catcalls = collections.Counter(a for c in CALLS for a in {s[0] for s in c["sig"]})
spans = sum(len(c["sig"]) for c in CALLS)
miss = collections.Counter(m for c in CALLS for m in c["miss"])
lens = [len(c["turns"]) for c in CALLS]
print("risk", dict(risk)); print("industry", dict(ind))
print("calls per category", dict(catcalls.most_common()), "spans", spans)
print("qa misses", dict(miss), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if c["forb"]), "over-promise calls", sum(1 for c in CALLS if c["over"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("turns total", sum(lens), "min", min(lens), "max", max(lens), ">20:", sum(l > 20 for l in lens))
print("negative customer turns", sum(len(c["neg"]) for c in CALLS))
# repeated sentences across calls
seen = collections.defaultdict(set)
for i, c in enumerate(CALLS, 1):
    for s, t in c["turns"]:
        for sent in re.split(r"[。？！，]", t):
            if len(sent) >= 8: seen[sent].add(i)
dups = {s: v for s, v in seen.items() if len(v) > 1}
print("repeated clauses:", dups)
print("ERRORS:", len(errors)); [print(" ", e) for e in errors]
