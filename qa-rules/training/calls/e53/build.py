"""Build call-e53-NN.json from calls_1.py .. calls_4.py and check the labels."""
import collections, importlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
BAD = re.compile(r"[A-Za-z0-9,\.\?!:;\(\)\"'%]")

errors = []
def err(msg):
    errors.append(msg)

def find(turns, ev, who=None, turn=None, cid=""):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            err(f"{cid}: evidence {ev!r} not in turn {turn}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        err(f"{cid}: evidence {ev!r} found in turns {hits} (need exactly one)")
        return hits[0] if hits else -1
    return hits[0]

calls = []
for k in range(1, 5):
    path = os.path.join(HERE, f"calls_{k}.py")
    if os.path.exists(path):
        calls += importlib.import_module(f"calls_{k}").CALLS

seen_sentences = collections.Counter()
stats = collections.Counter()
for c in calls:
    cid = f"call-e53-{c['n']:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        pre, text = raw.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[pre]
        if pre == "C!":
            neg.append(i)
        if BAD.search(text):
            err(f"{cid} turn {i}: latin/digit/ascii punctuation: {BAD.findall(text)}")
        for s in re.split(r"[。？！…]", text):
            if len(s) >= 8:
                seen_sentences[s] += 1
        turns.append({"speaker": spk, "text": text})
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(f"{cid}: bad category {cat}")
        t = find(turns, ev, None, s[2] if len(s) > 2 else None, cid)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    q = c["qa"]
    miss = {m for m in q["miss"].split(",") if m}
    assert miss <= set(QA_BOOLS), (cid, miss)
    qa = {b: b not in miss for b in QA_BOOLS[:3]}
    qa["forbidden_words"] = [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in q["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, "rep", None, cid), "evidence": e} for e in q["op"]]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    # mechanical sanity checks of greeting / closing
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]:
        err(f"{cid}: greeting flag {qa['greeting']} but first rep turn says {g}")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        err(f"{cid}: closing flag {qa['closing']} but last rep turn says {cl}")
    if c["risk"] == "none" and sigs:
        err(f"{cid}: none call with signals")
    if c["risk"] != "none" and not sigs:
        err(f"{cid}: {c['risk']} call without signals")
    if not (10 <= len(turns) <= 30):
        err(f"{cid}: {len(turns)} turns")
    if turns[0]["speaker"] != "rep":
        err(f"{cid}: first turn not rep")
    out = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats["turns"] += len(turns)
    stats["long"] += len(turns) >= 20
    stats["risk_" + c["risk"]] += 1
    stats["ind_" + c["industry"]] += 1
    for cat in {s["category"] for s in sigs}:
        stats["cat_" + cat] += 1
    stats["spans"] += len(sigs)
    stats["neg_turns"] += len(neg)
    for b in QA_BOOLS:
        stats["miss_" + b] += not qa[b]
    stats["calls_fw"] += bool(qa["forbidden_words"])
    stats["calls_op"] += bool(qa["over_promise"])
    for t in ("hard_negative", "negation", "ambiguous", "big_account"):
        stats["tag_" + t] += t in c["tags"]

ns = [c["n"] for c in calls]
if sorted(ns) != list(range(1, len(ns) + 1)):
    err(f"call numbers not dense: {sorted(ns)}")
for s, k in seen_sentences.items():
    if k > 1:
        err(f"repeated sentence x{k}: {s}")
print(f"{len(calls)} calls built")
for k in sorted(stats):
    print(f"  {k}: {stats[k]}")
print(f"{len(errors)} problems")
for e in errors:
    print("  " + e)
