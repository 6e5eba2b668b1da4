"""Build call-u68-NN.json from calls_def.py and check the labels mechanically."""
import json, os, random, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []


def find(turns, ev, speakers, where):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        problems.append(f"{where}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]


order = list(range(len(CALLS)))
random.Random(68).shuffle(order)
stats = Counter(); cats = Counter(); nsig = 0; nneg = 0; nturns = 0
for n, idx in enumerate(order, 1):
    c = CALLS[idx]
    cid = f"call-u68-{n:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        tag, text = raw.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(i)
        if BAD.search(text):
            problems.append(f"{cid} turn {i}: ASCII/Latin/digit {BAD.findall(text)}")
        turns.append({"speaker": spk, "text": text})
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        t = s[2] if len(s) > 2 else find(turns, ev, {"rep", "customer"}, cid)
        if ev not in turns[t]["text"]:
            problems.append(f"{cid}: {ev!r} not in turn {t}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    fw = [{"turn": find(turns, e, {"rep"}, cid), "evidence": e} for e in c["fw"]]
    op = [{"turn": find(turns, e, {"rep"}, cid), "evidence": e} for e in c["op"]]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                             "over_promise", "next_step", "closing"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])):
        problems.append(f"{cid}: greeting label vs first rep turn {reps[0]!r}")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])):
        problems.append(f"{cid}: closing label vs last rep turn {reps[-1]!r}")
    if c["risk"] == "none" and sigs:
        problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs:
        problems.append(f"{cid}: {c['risk']} without signals")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats[("risk", c["risk"])] += 1; stats[("ind", c["ind"])] += 1
    for k in c["miss"]:
        stats[("miss", k)] += 1
    stats[("miss_any",)] += bool(c["miss"])
    stats[("fw",)] += bool(fw); stats[("op",)] += bool(op)
    stats[("hard_negative",)] += "hard_negative" in c["tags"]
    for cat in {s["category"] for s in sigs}:
        cats[cat] += 1
    nsig += len(sigs); nneg += len(neg); nturns += len(turns)
    stats[("len", "short<=10" if len(turns) <= 10 else "medium11-15" if len(turns) <= 15 else "long16+")] += 1

for k in sorted(stats):
    print(k, stats[k])
print("calls per category", dict(cats.most_common()))
print("signals", nsig, "negative turns", nneg, "turns", nturns)
print("\n".join(problems) or "build: 0 problems")
