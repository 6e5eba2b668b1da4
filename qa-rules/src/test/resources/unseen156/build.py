#!/usr/bin/env python3
"""Build call-u156-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS  # noqa: E402

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")

problems = []
def bad(cid, msg):
    problems.append(f"{cid}: {msg}")

def build(c):
    cid = f"call-u156-{c['n']:02d}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for i, t in enumerate(c["turns"]):
        sp = {"r": "rep", "c": "customer"}[t[0]]
        text = t[1]
        if BAD.search(text):
            bad(cid, f"turn {i} has latin/digit/ascii: {BAD.findall(text)}")
        turns.append({"speaker": sp, "text": text})
        for a in t[2:]:
            if a == "neg":
                if sp != "customer":
                    bad(cid, f"neg on rep turn {i}")
                neg.append(i)
                continue
            k, ev = a.split(":", 1)
            if ev not in text:
                bad(cid, f"turn {i} evidence not substring: {ev}")
            if k == "fw" or k == "op":
                if sp != "rep":
                    bad(cid, f"{k} on customer turn {i}")
                (fw if k == "fw" else op).append({"turn": i, "evidence": ev})
            elif k in CATS:
                sigs.append({"category": k, "turn": i, "evidence": ev})
            else:
                bad(cid, f"unknown annotation {a}")
    qa = {q: q not in c["miss"] for q in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    if c["risk"] == "none" and sigs:
        bad(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        bad(cid, "risky call without signals")
    if not 8 <= len(turns) <= 30:
        bad(cid, f"{len(turns)} turns")
    if c["industry"] not in INDUSTRIES:
        bad(cid, "industry")
    # QA sanity
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_greet = "您好" in first_rep or "你好" in first_rep
    if has_greet != qa["greeting"]:
        bad(cid, f"greeting label {qa['greeting']} vs text")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != qa["closing"]:
        bad(cid, f"closing label {qa['closing']} vs text")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if fw and "forbidden_words" not in tags:
        tags.append("forbidden_words")
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    if "inbound" not in tags:
        tags.insert(0, "inbound")
    return cid, {
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": neg},
    }

out = [build(c) for c in CALLS]
ids = [cid for cid, _ in out]
if len(set(ids)) != len(ids):
    problems.append("duplicate ids")
for cid, d in out:
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# duplicate sentences across calls
seen = collections.defaultdict(set)
for cid, d in out:
    for t in d["turns"]:
        for s in re.split(r"[。？！，]", t["text"]):
            if len(s) >= 7:
                seen[s].add(cid)
for s, cs in seen.items():
    if len(cs) > 1:
        problems.append(f"repeated phrase {s!r} in {sorted(cs)}")

# summary
risk = collections.Counter(d["labels"]["churn_risk"] for _, d in out)
ind = collections.Counter(d["industry"] for _, d in out)
cats = collections.Counter(c for _, d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
nspans = sum(len(d["labels"]["churn_signals"]) for _, d in out)
miss = collections.Counter(k for _, d in out for k, v in d["labels"]["qa"].items() if v is False)
fwc = sum(1 for _, d in out if d["labels"]["qa"]["forbidden_words"])
opc = sum(1 for _, d in out if d["labels"]["qa"]["over_promise"])
lens = [len(d["turns"]) for _, d in out]
negs = sum(len(d["labels"]["customer_negative_turns"]) for _, d in out)
hn = sum(1 for _, d in out if "hard_negative" in d["tags"])
print(f"calls {len(out)}, turns {sum(lens)}, long(>=20) {sum(l >= 20 for l in lens)}, min {min(lens)}, max {max(lens)}")
print("risk", dict(risk))
print("industry", dict(ind))
print("categories (calls)", dict(cats.most_common()), "spans", nspans)
print("qa misses", dict(miss), "forbidden calls", fwc, "over_promise calls", opc)
print("negative customer turns", negs, "hard negatives", hn)
for p in problems:
    print("PROBLEM", p)
print(f"{len(problems)} build problems")
