"""Build call-u207-NN.json from calls_1..4.py and check evidence spans."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
calls = []
for k in range(1, 5):
    try:
        mod = __import__(f"calls_{k}")
    except ModuleNotFoundError:
        continue
    calls.extend(mod.CALLS)

errors = []
def err(n, msg):
    errors.append(f"call {n:02d}: {msg}")

def parse(t):
    turns, neg = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, _, text = line.partition("：")
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text})
    return turns, neg

def locate(n, turns, ev, want_rep=False):
    if isinstance(ev, tuple):
        idx, ev = ev
        if ev not in turns[idx]["text"]:
            err(n, f"evidence {ev!r} not in turn {idx}")
        return idx, ev
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        err(n, f"evidence {ev!r} found in turns {hits}")
        return (hits[0] if hits else -1), ev
    if want_rep and turns[hits[0]]["speaker"] != "rep":
        err(n, f"qa evidence {ev!r} not in a rep turn")
    return hits[0], ev

sent_owner = collections.defaultdict(set)
seen = set()
for c in calls:
    n = c["n"]
    if n in seen: err(n, "duplicate number")
    seen.add(n)
    turns, neg = parse(c["t"])
    if not 10 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if re.search(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]", t["text"]): err(n, f"latin/digit in turn {i}")
        for s in re.split(r"[。！？；，]", t["text"]):
            if len(s) >= 8: sent_owner[s].add(n)
    sigs = []
    for cat, ev in c["sig"]:
        i, e = locate(n, turns, ev)
        sigs.append({"category": cat, "turn": i, "evidence": e})
    sigs.sort(key=lambda s: s["turn"])
    q = c["qa"]
    fw = [dict(zip(("turn", "evidence"), locate(n, turns, e, True))) for e in q.get("fw", [])]
    op = [dict(zip(("turn", "evidence"), locate(n, turns, e, True))) for e in q.get("op", [])]
    reps = [t for t in turns if t["speaker"] == "rep"]
    g = bool(q["g"]); cl = bool(q["c"])
    if g != bool(re.search("您好|你好", reps[0]["text"])): err(n, "greeting flag looks wrong")
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1]["text"])): err(n, "closing flag looks wrong")
    risk = c["risk"]
    if risk == "none" and sigs: err(n, "none call with signals")
    if risk != "none" and not sigs: err(n, "risky call without signals")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    obj = {
        "id": f"call-u207-{n:02d}",
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": risk,
            "churn_signals": sigs,
            "qa": {"greeting": g, "self_intro": bool(q["i"]), "needs_discovery": bool(q["n"]),
                   "forbidden_words": fw, "over_promise": op,
                   "next_step": bool(q["ns"]), "closing": cl},
            "customer_negative_turns": neg,
        },
    }
    with open(os.path.join(HERE, f"call-u207-{n:02d}.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
for s, owners in sent_owner.items():
    if len(owners) > 1: errors.append(f"phrase reused in calls {sorted(owners)}: {s}")
print(f"{len(calls)} calls written")
print("\n".join(errors) if errors else "build checks: 0 problems")
