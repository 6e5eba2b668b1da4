"""Build call-u158-NN.json from calls_b1..b4 and check labels mechanically."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9,.!?;:()\"'\[\]<>/\\-]")

problems = []


def p(cid, msg):
    problems.append(f"{cid}: {msg}")


out = []
for c in CALLS:
    cid = "call-u158-%02d" % c["n"]
    turns = [{"speaker": "rep" if s == "r" else "customer", "text": t} for s, t in c["turns"]]
    if not 8 <= len(turns) <= 30:
        p(cid, "turn count %d" % len(turns))
    if c["industry"] not in INDUSTRIES:
        p(cid, "industry")
    for i, t in enumerate(turns):
        m = BAD.search(t["text"])
        if m:
            p(cid, "turn %d bad char %r" % (i, m.group()))
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    sigs = []
    for cat, ti, ev in c["sig"]:
        if cat not in CATS:
            p(cid, "cat " + cat)
        if ev not in turns[ti]["text"]:
            p(cid, "signal evidence not in turn %d: %s" % (ti, ev))
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        p(cid, "risk/signals mismatch")
    spans = {}
    for key in ("fw", "op"):
        spans[key] = []
        for ti, ev in c.get(key, []):
            if turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                p(cid, "%s span bad turn %d %s" % (key, ti, ev))
            spans[key].append({"turn": ti, "evidence": ev})
    q = c["qa"]
    first_rep = turns[rep_idx[0]]["text"]
    last_rep = turns[rep_idx[-1]]["text"]
    if q["g"] != ("您好" in first_rep or "你好" in first_rep):
        p(cid, "greeting heuristic disagrees")
    if q["c"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        p(cid, "closing heuristic disagrees")
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer":
            p(cid, "neg turn %d not customer" % ti)
    cats_present = sorted({s["category"] for s in sigs})
    tags = list(c["tags"])
    for cat in cats_present:
        if cat not in tags:
            tags.append(cat)
    if spans["op"] and "over_promise" not in tags:
        tags.append("over_promise")
    if len(turns) <= 12:
        tags.append("short")
    obj = {
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {"greeting": q["g"], "self_intro": q["s"], "needs_discovery": q["n"],
                   "forbidden_words": spans["fw"], "over_promise": spans["op"],
                   "next_step": q["x"], "closing": q["c"]},
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    out.append(obj)

ids = [o["id"] for o in out]
if len(set(ids)) != len(ids):
    problems.append("duplicate ids")
# repeated sentences across calls
seen = {}
for o in out:
    for t in o["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                if s in seen and seen[s] != o["id"]:
                    problems.append("repeated sentence %s in %s and %s" % (s, seen[s], o["id"]))
                seen[s] = o["id"]

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

risk = Counter(o["labels"]["churn_risk"] for o in out)
ind = Counter(o["industry"] for o in out)
catc = Counter(cat for o in out for cat in {s["category"] for s in o["labels"]["churn_signals"]})
nsig = sum(len(o["labels"]["churn_signals"]) for o in out)
lens = [len(o["turns"]) for o in out]
miss = {k: sum(1 for o in out if not o["labels"]["qa"][k])
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
print("calls", len(out), "turns", sum(lens), "min/max", min(lens), max(lens))
print("risk", dict(risk))
print("industry", dict(ind))
print("categories (calls)", dict(catc.most_common()), "signal spans", nsig)
print("qa misses", miss, "calls with a miss",
      sum(1 for o in out if not all(o["labels"]["qa"][k] for k in miss)))
print("forbidden calls", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
      "over-promise calls", sum(1 for o in out if o["labels"]["qa"]["over_promise"]))
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("hard negatives", sum(1 for o in out if "hard_negative" in o["tags"]),
      "negation", sum(1 for o in out if "negation" in o["tags"]))
print("PROBLEMS", len(problems))
for x in problems:
    print("  ", x)
