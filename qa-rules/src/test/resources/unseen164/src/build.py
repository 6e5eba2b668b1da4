import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    try:
        mod = __import__(m)
    except ImportError:
        continue
    calls += mod.CALLS
INDS = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def err(cid, msg): errs.append(f"{cid}: {msg}")
def find(cid, turns, ev, turn=None, speaker=None):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(cid, f"evidence not in turn {turn}: {ev}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1: err(cid, f"evidence {ev!r} matches turns {hits}")
    return hits[0] if hits else -1
sent_seen = {}
stats = collections.Counter()
for n, c in enumerate(calls, 1):
    cid = f"call-u164-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line: continue
        p, txt = line.split("|", 1)
        sp = "rep" if p == "R" else "customer"
        if p == "N": neg.append(len(turns))
        turns.append({"speaker": sp, "text": txt.strip()})
    if not (10 <= len(turns) <= 30): err(cid, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]): err(cid, f"latin/digit in turn {i}")
        if re.search(r"[,.?!:;\"'()]", t["text"]): err(cid, f"ascii punct in turn {i}: {t['text']}")
        for s in re.split(r"[。？！；]", t["text"]):
            s = s.strip("，、…")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: err(cid, f"sentence reused from {sent_seen[s]}: {s}")
                sent_seen[s] = cid
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i-1]["speaker"]: err(cid, f"same speaker twice at {i}")
    if c["ind"] not in INDS: err(cid, "industry")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        tr = find(cid, turns, ev, s[2] if len(s) > 2 else None)
        if cat not in CATS: err(cid, f"cat {cat}")
        if tr >= 0 and turns[tr]["speaker"] == "rep" and cat != "contact_change": err(cid, f"rep-turn signal {ev}")
        sigs.append({"category": cat, "turn": tr, "evidence": ev})
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0): err(cid, "none/signal mismatch")
    q = c["qa"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = "您好" in reps[0] or "你好" in reps[0]
    if g != bool(q["g"]): err(cid, f"greeting mismatch auto={g}")
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != bool(q["c"]): err(cid, f"closing mismatch auto={cl}")
    fw = [{"turn": find(cid, turns, e, speaker="rep"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": find(cid, turns, e, speaker="rep"), "evidence": e} for e in c.get("op", [])]
    for i in neg:
        pass
    tags = list(c.get("tags", []))
    for x in ["inbound"] + sorted({s["category"] for s in sigs}) + (["over_promise"] if op else []):
        if x not in tags: tags.append(x)
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs,
                      "qa": {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
                             "forbidden_words": fw, "over_promise": op, "next_step": bool(q["ns"]), "closing": bool(q["c"])},
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats["risk_" + risk] += 1; stats["ind_" + c["ind"]] += 1
    stats["turns_long" if len(turns) >= 20 else "turns_short"] += 1
    stats["turns_total"] += len(turns)
    for k, v in [("g", "greeting"), ("s", "self_intro"), ("n", "needs"), ("ns", "next_step"), ("c", "closing")]:
        if not q[k]: stats["miss_" + v] += 1
    if fw: stats["calls_fw"] += 1
    if op: stats["calls_op"] += 1
    stats["neg_turns"] += len(neg); stats["signals"] += len(sigs)
    for cat in {s["category"] for s in sigs}: stats["cat_" + cat] += 1
    for t in tags:
        if t in ("hard_negative", "negation", "ambiguous", "big_account"): stats["tag_" + t] += 1
    print(cid, c["ind"], risk, len(turns), "turns", len(sigs), "sig")
for k in sorted(stats): print(k, stats[k])
print("\n".join(errs) or "build OK")
