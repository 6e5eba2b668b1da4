"""Build call-u187-NN.json from calls_1..4.py and check every evidence span."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_1 import CALLS as A
from calls_2 import CALLS as B
from calls_3 import CALLS as C
from calls_4 import CALLS as D
CALLS = A + B + C + D
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errs = []

def find(turns, ev, where, want=None, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if turn is not None:
        if ev not in turns[turn]["text"]:
            errs.append(f"{where}: evidence {ev!r} not in turn {turn}")
        return turn
    if len(hits) != 1:
        errs.append(f"{where}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    if want and turns[hits[0]]["speaker"] != want:
        errs.append(f"{where}: evidence {ev!r} in a {turns[hits[0]]['speaker']} turn")
    return hits[0]

out = []
for n, c in enumerate(CALLS, 1):
    cid = f"call-u187-{n:02d}"
    if c["n"] != n:
        errs.append(f"{cid}: numbered {c['n']}")
    turns = []
    neg = []
    for i, (sp, text) in enumerate(c["turns"]):
        if sp == "c!":
            neg.append(i)
        turns.append({"speaker": "rep" if sp == "r" else "customer", "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            errs.append(f"{cid} turn {i}: latin letter or digit")
        if re.search(r"[,.?!:;]", text):
            errs.append(f"{cid} turn {i}: ascii punctuation")
    if turns[0]["speaker"] != "rep":
        errs.append(f"{cid}: first turn not rep")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i-1]["speaker"]:
            errs.append(f"{cid}: turns {i-1},{i} same speaker")
    sig = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        t = find(turns, ev, cid, None, s[2] if len(s) > 2 else None)
        if cat not in CATS:
            errs.append(f"{cid}: bad category {cat}")
        sig.append({"category": cat, "turn": t, "evidence": ev})
    sig.sort(key=lambda x: x["turn"])
    miss = set(c.get("miss", ""))
    fw = [{"turn": find(turns, e, cid + " fw", "rep"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": find(turns, e, cid + " op", "rep"), "evidence": e} for e in c.get("op", [])]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = "g" not in miss
    if g != bool(re.search("您好|你好", reps[0])):
        errs.append(f"{cid}: greeting label {g} vs text")
    cl = "c" not in miss
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1])):
        errs.append(f"{cid}: closing label {cl} vs text")
    risk = c["risk"]
    if risk == "none" and sig:
        errs.append(f"{cid}: none with signals")
    if risk != "none" and not sig:
        errs.append(f"{cid}: {risk} without signals")
    if c["ind"] not in IND:
        errs.append(f"{cid}: bad industry")
    tags = list(c["tags"])
    for x in sig:
        if x["category"] not in tags:
            tags.append(x["category"])
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    c["tags"] = tags
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sig,
                      "qa": {"greeting": g, "self_intro": "s" not in miss,
                             "needs_discovery": "n" not in miss, "forbidden_words": fw,
                             "over_promise": op, "next_step": "x" not in miss, "closing": cl},
                      "customer_negative_turns": neg}}
    out.append(obj)

# distribution
risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
ind = collections.Counter(o["industry"] for o in out)
nt = [len(o["turns"]) for o in out]
longc = sum(1 for x in nt if 20 <= x <= 30)
if any(x < 10 or x > 30 for x in nt): errs.append(f"turn counts out of range: {nt}")
if longc < 10: errs.append(f"only {longc} long calls")
if set(risk.values()) != {10}: errs.append(f"risk distribution {risk}")
if set(ind.values()) != {5}: errs.append(f"industry distribution {ind}")
sents = collections.Counter()
for o in out:
    for t in o["turns"]:
        for s in re.split("[。！？；]", t["text"]):
            if len(s) >= 8: sents[s] += 1
dup = [s for s, k in sents.items() if k > 1]
if dup: errs.append(f"repeated sentences: {dup}")
for e in errs: print("ERROR", e)
if errs and "--force" not in sys.argv:
    sys.exit(1)
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
cats = collections.Counter(s["category"] for o in out for s in {x["category"]: x for x in o["labels"]["churn_signals"]}.values())
print("written", len(out))
print("risk", dict(risk)); print("industry", dict(ind))
print("turns total", sum(nt), "min", min(nt), "max", max(nt), "long(20-30)", longc)
print("turns per call", nt)
print("calls per category", dict(cats), "spans", sum(len(o["labels"]["churn_signals"]) for o in out))
qa = collections.Counter()
for o in out:
    q = o["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["calls_forbidden"] += 1
    if q["over_promise"]: qa["calls_over_promise"] += 1
print("qa", dict(qa))
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
tg = collections.Counter(t for o in out for t in o["tags"])
print("tags", dict(tg))
