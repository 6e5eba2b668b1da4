"""Build call-u197-NN.json from calls_1..4.py and check the labels mechanically."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
problems = []

def find_turn(turns, ev, speaker=None, cid=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1:
        problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

def build(c):
    cid = "call-u197-" + c["id"]
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        tag, text = s.split(":", 1)
        spk = "rep" if tag == "r" else "customer"
        if tag == "c!":
            neg.append(i)
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            problems.append(f"{cid}: latin/digit in turn {i}: {text}")
        turns.append({"speaker": spk, "text": text})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        ti = s[2] if len(s) > 2 else find_turn(turns, ev, None, cid)
        if cat not in CATS: problems.append(f"{cid}: bad category {cat}")
        if ti < 0 or ev not in turns[ti]["text"]: problems.append(f"{cid}: evidence {ev!r} not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    def spans(lst):
        out = []
        for ev in lst:
            ti = find_turn(turns, ev, "rep", cid)
            out.append({"turn": ti, "evidence": ev})
        return out
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": "x" in q, "closing": "c" in q}
    # heuristic consistency checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: problems.append(f"{cid}: greeting flag {qa['greeting']} vs text {g}")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: problems.append(f"{cid}: closing flag {qa['closing']} vs text {cl}")
    if c["ind"] not in INDS: problems.append(f"{cid}: bad industry")
    if c["risk"] == "none" and sigs: problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: problems.append(f"{cid}: {c['risk']} without signals")
    if not (10 <= len(turns) <= 30): problems.append(f"{cid}: {len(turns)} turns")
    return {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
ids = [c["id"] for c in calls]
assert ids == [f"{i:02d}" for i in range(1, len(calls) + 1)], ids
# duplicate sentence check across calls
seen = {}
for c in calls:
    for s in c["t"]:
        for sent in re.split(r"[。！？]", s.split(":", 1)[1]):
            if len(sent) >= 8:
                if sent in seen and seen[sent] != c["id"]:
                    problems.append(f"duplicate sentence in {seen[sent]} and {c['id']}: {sent}")
                seen[sent] = c["id"]
out = [build(c) for c in calls]
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
from collections import Counter
print("risk", Counter(o["labels"]["churn_risk"] for o in out))
print("industry", Counter(o["industry"] for o in out))
print("turns", [len(o["turns"]) for o in out], "long(>=20):", sum(len(o["turns"]) >= 20 for o in out))
print("problems:", len(problems))
for p in problems: print("  ", p)
