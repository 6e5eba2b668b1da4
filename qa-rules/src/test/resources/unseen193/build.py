"""Build call-u193-XX.json from calls_1..4.py and check labels mechanically."""
import json, os, re, sys, importlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution",
        "furniture","feed","hotel_supplies"}
errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

def parse(cid, t):
    turns, neg = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line: continue
        sp, sep, text = line.partition(":")
        if not sep or sp not in ("R", "C", "C!"): err(cid, f"bad line {line[:20]}"); continue
        if sp == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text.strip()})
    return turns, neg

def locate(cid, turns, ev, turn=None, rep_only=False):
    cands = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        if turn not in cands: err(cid, f"evidence {ev!r} not in turn {turn}")
        return turn
    if len(cands) != 1: err(cid, f"evidence {ev!r} found in turns {cands}")
    return cands[0] if cands else -1

def spans(cid, turns, lst, rep_only):
    out = []
    for s in lst:
        ev, turn = (s, None) if isinstance(s, str) else s
        out.append({"turn": locate(cid, turns, ev, turn, rep_only), "evidence": ev})
    return out

calls = []
for i in range(1, 5):
    try: calls += importlib.import_module(f"calls_{i}").CALLS
    except ModuleNotFoundError: print(f"calls_{i}.py missing")

seen_sent = {}
stats = collections.Counter()
for c in calls:
    cid = f"call-u193-{c['n']:02d}"
    turns, neg = parse(cid, c["t"])
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS: err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev, s[2] if len(s) > 2 else None), "evidence": ev})
    q = c["qa"]
    qa = {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
          "forbidden_words": spans(cid, turns, q.get("fw", []), True),
          "over_promise": spans(cid, turns, q.get("op", []), True),
          "next_step": bool(q["x"]), "closing": bool(q["c"])}
    risk = c["risk"]
    # consistency checks
    if c["ind"] not in INDS: err(cid, "bad industry")
    if risk not in ("none","low","medium","high"): err(cid, "bad risk")
    if risk == "none" and sigs: err(cid, "none call with signals")
    if risk != "none" and not sigs: err(cid, "risk without signals")
    if not 10 <= len(turns) <= 30: err(cid, f"{len(turns)} turns")
    reps = [t for t in turns if t["speaker"] == "rep"]
    first, last = reps[0]["text"], reps[-1]["text"]
    if qa["greeting"] != ("您好" in first or "你好" in first): err(cid, "greeting flag vs first rep turn")
    if qa["closing"] != bool(re.search("谢|感谢|祝", last)): err(cid, "closing flag vs last rep turn")
    for k in neg:
        pass
    for t in turns:
        if re.search(r"[\x00-\x7f]", t["text"]): err(cid, f"ASCII in text: {t['text'][:30]}")
        for sent in re.split(r"[。？！；]", t["text"]):
            sent = sent.strip("，、…“”：")
            if len(sent) >= 9:
                if sent in seen_sent and seen_sent[sent] != cid: err(cid, f"sentence reused from {seen_sent[sent]}: {sent}")
                seen_sent.setdefault(sent, cid)
    if re.search(r"[\x00-\x7f]", c["scen"]): err(cid, "ASCII in scenario")
    present = [s["category"] for s in sigs]
    tags = [tg for tg in c["tags"] if tg not in CATS or tg in present]
    tags += [cat for cat in dict.fromkeys(present) if cat not in tags]
    if tags != c["tags"]: print(f"  {cid}: tags synced with signal categories: {tags}")
    c["tags"] = tags
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats["risk_" + risk] += 1; stats["ind_" + c["ind"]] += 1
    stats["turns"] += len(turns); stats["long" if len(turns) >= 20 else "short"] += 1
    for s in sigs: stats["sig_" + s["category"]] += 1
    for cat in {s["category"] for s in sigs}: stats["calls_" + cat] += 1
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not qa[k]: stats["miss_" + k] += 1
    if qa["forbidden_words"]: stats["calls_forbidden"] += 1
    if qa["over_promise"]: stats["calls_over_promise"] += 1
    stats["neg_turns"] += len(neg); stats["signal_spans"] += len(sigs)
    for tg in c["tags"]: stats["tag_" + tg] += 1
    print(f"{cid} {c['ind']:22s} {risk:6s} turns={len(turns):2d} sigs={len(sigs)} neg={neg}")

for k in sorted(stats): print(f"  {k}: {stats[k]}")
print(f"{len(calls)} calls, {len(errors)} errors")
for e in errors: print("ERROR", e)
