# Builds call-u191-NN.json from calls_1..4.py and checks labels mechanically.
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_1, calls_2, calls_3, calls_4

OUT = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []

def find_turn(turns, ev, who=None, cid=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return -1
    return hits[0]

def build(c):
    cid = "call-u191-%02d" % c["n"]
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, txt = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        assert tag in ("R", "C", "C!"), (cid, line)
        turns.append({"speaker": sp, "text": txt.strip()})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            problems.append(f"{cid}: bad category {cat}")
        idx = s[2] if len(s) > 2 else find_turn(turns, ev, None, cid)
        if idx >= 0 and ev not in turns[idx]["text"]:
            problems.append(f"{cid}: {ev!r} not in turn {idx}")
        sigs.append({"category": cat, "turn": idx, "evidence": ev})
    fw = [{"turn": find_turn(turns, e, "rep", cid), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": find_turn(turns, e, "rep", cid), "evidence": e} for e in c.get("op", [])]
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" in q, "closing": "c" in q}
    # consistency checks against the guide
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]:
        problems.append(f"{cid}: greeting flag {qa['greeting']} but first rep turn says {reps[0][:20]}")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝", "多谢"))
    if cl != qa["closing"]:
        problems.append(f"{cid}: closing flag {qa['closing']} vs last rep turn {reps[-1]}")
    if c["risk"] == "none" and sigs:
        problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs:
        problems.append(f"{cid}: {c['risk']} without signals")
    for t in turns:
        if re.search(r"[A-Za-z0-9０-９]", t["text"]):
            problems.append(f"{cid}: latin/digit in {t['text']}")
        if re.search(r"[,?!:;]", t["text"]):
            problems.append(f"{cid}: ascii punctuation in {t['text']}")
    if not (10 <= len(turns) <= 30):
        problems.append(f"{cid}: {len(turns)} turns")
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                    "customer_negative_turns": neg}}
    return d

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
docs = [build(c) for c in calls]
ids = [d["id"] for d in docs]
assert len(set(ids)) == len(ids) == 40, ids
# distribution checks
risk = collections.Counter(d["labels"]["churn_risk"] for d in docs)
ind = collections.Counter(d["industry"] for d in docs)
if any(risk[r] != 10 for r in ("none", "low", "medium", "high")):
    problems.append(f"risk distribution {risk}")
if set(ind) != set(INDUSTRIES) or any(v != 5 for v in ind.values()):
    problems.append(f"industry distribution {ind}")
nturns = [len(d["turns"]) for d in docs]
if sum(1 for n in nturns if n >= 20) < 10:
    problems.append("fewer than ten long calls")
# sentence reuse across calls
seen = {}
for d in docs:
    for t in d["turns"]:
        for s in re.split(r"[。！？]", t["text"]):
            s = s.strip("，、…… ")
            if len(s) >= 8:
                if s in seen and seen[s] != d["id"]:
                    problems.append(f"reused sentence {s!r} in {seen[s]} and {d['id']}")
                seen.setdefault(s, d["id"])
for d in docs:
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
# summary
cats = collections.Counter(s["category"] for d in docs for s in {x["category"]: x for x in d["labels"]["churn_signals"]}.values())
print("risk", dict(risk)); print("industry", dict(ind))
print("turns total", sum(nturns), "long(>=20)", sum(1 for n in nturns if n >= 20), "min", min(nturns), "max", max(nturns))
print("calls per category", dict(cats), "spans", sum(len(d["labels"]["churn_signals"]) for d in docs))
print("tags", dict(collections.Counter(t for d in docs for t in d["tags"])))
qa = collections.Counter()
for d in docs:
    q = d["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
    qa["fw_spans"] += len(q["forbidden_words"]); qa["op_spans"] += len(q["over_promise"])
print("qa", dict(qa))
print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
print("PROBLEMS", len(problems))
for p in problems: print("  ", p)
