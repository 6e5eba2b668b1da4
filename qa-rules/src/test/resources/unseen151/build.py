#!/usr/bin/env python3
"""Builds call-u151-NN.json from calls_b1..b4.py and checks the labels mechanically."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_b1 import CALLS as B1
from calls_b2 import CALLS as B2
from calls_b3 import CALLS as B3
from calls_b4 import CALLS as B4

QA_BOOL = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
SPK = {"r": "rep", "c": "customer"}


def build(c, errs):
    cid = "call-u151-%02d" % c["n"]
    turns = [{"speaker": SPK[s], "text": t} for s, t in c["turns"]]
    def err(m):
        errs.append("%s: %s" % (cid, m))
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]):
            err("turn %d has ASCII: %r" % (i, t["text"]))
    sigs = []
    for cat, ti, ev in c.get("signals", []):
        if ev not in turns[ti]["text"]:
            err("signal %s evidence %r not in turn %d" % (cat, ev, ti))
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    qa = {k: (k not in c.get("miss", [])) for k in QA_BOOL}
    fw = []
    op = []
    for key, lst in (("fw", fw), ("op", op)):
        for ti, ev in c.get(key, []):
            if turns[ti]["speaker"] != "rep":
                err("%s turn %d not rep" % (key, ti))
            if ev not in turns[ti]["text"]:
                err("%s evidence %r not in turn %d" % (key, ev, ti))
            lst.append({"turn": ti, "evidence": ev})
    for ti in c.get("neg", []):
        if turns[ti]["speaker"] != "customer":
            err("neg turn %d not customer" % ti)
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        err("greeting heuristic %s != label %s" % (g, qa["greeting"]))
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        err("closing heuristic %s != label %s" % (cl, qa["closing"]))
    if c["risk"] == "none" and sigs:
        err("none with signals")
    if c["risk"] != "none" and not sigs:
        err("risk without signals")
    if not 8 <= len(turns) <= 30:
        err("%d turns" % len(turns))
    d = {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                   "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": sorted(c.get("neg", [])),
        },
    }
    return cid, d


def main():
    calls = B1 + B2 + B3 + B4
    errs = []
    ns = [c["n"] for c in calls]
    if sorted(ns) != list(range(1, 41)):
        errs.append("call numbers %r" % sorted(ns))
    out = {}
    for c in calls:
        cid, d = build(c, errs)
        out[cid] = d
    # repeated sentences across calls
    seen = collections.defaultdict(set)
    for cid, d in out.items():
        for t in d["turns"]:
            for s in re.split(r"[。？！，]", t["text"]):
                if len(s) >= 8:
                    seen[s].add(cid)
    for s, ids in seen.items():
        if len(ids) > 1:
            errs.append("phrase repeated in %s: %s" % (sorted(ids), s))
    for e in errs:
        print(e)
    for cid, d in out.items():
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    risk = collections.Counter(d["labels"]["churn_risk"] for d in out.values())
    ind = collections.Counter(d["industry"] for d in out.values())
    cats = collections.Counter()
    spans = 0
    for d in out.values():
        spans += len(d["labels"]["churn_signals"])
        for k in {s["category"] for s in d["labels"]["churn_signals"]}:
            cats[k] += 1
    miss = collections.Counter()
    missc = 0
    for d in out.values():
        m = [k for k in QA_BOOL if not d["labels"]["qa"][k]]
        missc += bool(m)
        for k in m:
            miss[k] += 1
    fw = sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in out.values())
    op = sum(bool(d["labels"]["qa"]["over_promise"]) for d in out.values())
    long_ = sum(len(d["turns"]) >= 20 for d in out.values())
    nturns = sum(len(d["turns"]) for d in out.values())
    negs = sum(len(d["labels"]["customer_negative_turns"]) for d in out.values())
    hn = sum("hard_negative" in d["tags"] for d in out.values())
    ng = sum("negation" in d["tags"] for d in out.values())
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("calls per category", dict(cats.most_common()), "spans", spans)
    print("qa misses", dict(miss), "calls with a miss", missc, "forbidden", fw, "over_promise", op)
    print("turns", nturns, "long(>=20)", long_, "neg turns", negs, "hard negatives", hn, "negation", ng)
    print("%d build problems" % len(errs))
    sys.exit(1 if errs else 0)


main()
