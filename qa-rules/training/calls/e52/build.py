#!/usr/bin/env python3
"""Build call-e52-NN.json from calls_1..4.py and check them.

Turn strings: "R:..." rep, "C:..." customer, "C!:..." customer turn with negative emotion.
Signals: (category, evidence); the turn index is found as the unique turn containing evidence
(or (category, evidence, turn) to pin it). fw / op: evidence strings in rep turns.
miss: space-separated QA booleans that are false.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def find_turn(cid, turns, ev, speaker=None, pin=None):
    if pin is not None:
        if ev not in turns[pin]["text"]:
            err(cid, f"evidence not in turn {pin}: {ev}")
        return pin
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1:
        err(cid, f"evidence found in {len(hits)} turns: {ev}")
        return hits[0] if hits else -1
    return hits[0]


def build(c):
    cid = "call-e52-%02d" % c["n"]
    turns, neg = [], []
    for i, s in enumerate(c["turns"]):
        sp, text = s.split(":", 1)
        if sp == "C!":
            neg.append(i)
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        pin = s[2] if len(s) > 2 else None
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": find_turn(cid, turns, ev, pin=pin), "evidence": ev})
    miss = set(c.get("miss", "").split())
    qa = {k: (k not in miss) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find_turn(cid, turns, e, "rep"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find_turn(cid, turns, e, "rep"), "evidence": e} for e in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    tags = list(c["tags"])
    if "inbound" not in tags:
        tags.insert(0, "inbound")
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                    "customer_negative_turns": neg}}
    check(cid, d, miss)
    return cid, d


def check(cid, d, miss):
    t = d["turns"]
    if d["industry"] not in INDUSTRIES:
        err(cid, "industry")
    if not (10 <= len(t) <= 30):
        err(cid, f"{len(t)} turns")
    for i, x in enumerate(t):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", x["text"]):
            err(cid, f"latin/digit in turn {i}")
        if re.search(r"[,\.\?!:;\"'()]", x["text"]):
            err(cid, f"ascii punctuation in turn {i}")
        if i and t[i - 1]["speaker"] == x["speaker"]:
            err(cid, f"same speaker twice at {i}")
    lab = d["labels"]
    if lab["churn_risk"] == "none" and lab["churn_signals"]:
        err(cid, "none with signals")
    if lab["churn_risk"] != "none" and not lab["churn_signals"]:
        err(cid, "risk without signals")
    reps = [x for x in t if x["speaker"] == "rep"]
    first, last = reps[0]["text"], reps[-1]["text"]
    g = ("您好" in first or "你好" in first)
    if g != lab["qa"]["greeting"]:
        err(cid, f"greeting heuristic {g} vs label")
    cl = any(w in last for w in ["谢", "祝"])
    if cl != lab["qa"]["closing"]:
        err(cid, f"closing heuristic {cl} vs label")
    for i in lab["customer_negative_turns"]:
        if t[i]["speaker"] != "customer":
            err(cid, "neg turn not customer")
    if t[0]["speaker"] != "customer" and "您好" not in t[0]["text"] and "你好" not in t[0]["text"] and "喂" not in t[0]["text"]:
        err(cid, "first turn odd")


def main():
    calls = []
    for k in range(1, 5):
        if not os.path.exists(os.path.join(HERE, f"calls_{k}.py")):
            continue
        mod = __import__(f"calls_{k}")
        calls += mod.CALLS
    out = {}
    for c in calls:
        cid, d = build(c)
        if cid in out:
            err(cid, "duplicate id")
        out[cid] = d
    # duplicate sentences across calls
    seen = {}
    for cid, d in out.items():
        for x in d["turns"]:
            for s in re.split(r"[。！？，]", x["text"]):
                if len(s) >= 8:
                    if s in seen and seen[s] != cid:
                        err(cid, f"sentence reused from {seen[s]}: {s}")
                    seen[s] = cid
    risk = collections.Counter(d["labels"]["churn_risk"] for d in out.values())
    ind = collections.Counter(d["industry"] for d in out.values())
    nt = [len(d["turns"]) for d in out.values()]
    print("calls", len(out), "risk", dict(risk), "industry", dict(ind))
    print("long (20-30):", sum(n >= 20 for n in nt), "turns total", sum(nt), "min", min(nt), "max", max(nt))
    cats = collections.Counter()
    spans = 0
    for d in out.values():
        spans += len(d["labels"]["churn_signals"])
        for c in {s["category"] for s in d["labels"]["churn_signals"]}:
            cats[c] += 1
    print("calls per category", dict(cats), "spans", spans)
    qa = collections.Counter()
    for d in out.values():
        q = d["labels"]["qa"]
        for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
            if not q[k]:
                qa[k + "_missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_calls"] += 1
        if q["over_promise"]:
            qa["over_promise_calls"] += 1
    print("qa", dict(qa))
    print("neg customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out.values()))
    tg = collections.Counter(t for d in out.values() for t in d["tags"])
    print("tags", dict(tg))
    for e in errors:
        print("ERROR", e)
    if "--write" in sys.argv:
        for cid, d in out.items():
            with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=1)
                f.write("\n")
        print("wrote", len(out))


if __name__ == "__main__":
    main()
