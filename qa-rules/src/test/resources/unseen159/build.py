#!/usr/bin/env python3
"""Build call-u159-NN.json from calls_b1..b4.py and check labels mechanically.

Turn strings start with a speaker marker: "R|" rep, "C|" customer, "N|" customer
with negative emotion (goes into customer_negative_turns).
sig entries: (category, evidence) or (category, evidence, turn); the turn is found
automatically when the evidence occurs in exactly one turn.
fw / op: evidence strings inside rep turns. miss: QA booleans that are false.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for m in ("calls_b1", "calls_b2", "calls_b3", "calls_b4"):
    try:
        CALLS += __import__(m).CALLS
    except ModuleNotFoundError:
        pass

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []


def err(cid, msg):
    errs.append(f"{cid}: {msg}")


def locate(cid, turns, ev, turn, rep_only=False):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            err(cid, f"evidence not in turn {turn}: {ev}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if len(hits) != 1:
        err(cid, f"evidence found in {len(hits)} turns: {ev}")
        return hits[0] if hits else 0
    return hits[0]


def build(c):
    cid = f"call-u159-{c['n']:02d}"
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        mark, text = s.split("|", 1)
        spk = "rep" if mark == "R" else "customer"
        if mark == "N":
            neg.append(i)
        if BAD.search(text):
            err(cid, f"turn {i} has latin/digit/ascii punct: {BAD.findall(text)}")
        turns.append({"speaker": spk, "text": text})
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        ti = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    qa = {}
    for k in ("greeting", "self_intro", "needs_discovery"):
        qa[k] = k not in c.get("miss", [])
    for key, lst in (("forbidden_words", c.get("fw", [])), ("over_promise", c.get("op", []))):
        qa[key] = []
        for ev in lst:
            ti = locate(cid, turns, ev, None, rep_only=True)
            if turns[ti]["speaker"] != "rep":
                err(cid, f"{key} not in rep turn")
            qa[key].append({"turn": ti, "evidence": ev})
    for k in ("next_step", "closing"):
        qa[k] = k not in c.get("miss", [])
    # heuristic QA checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in reps[0]) or ("你好" in reps[0])
    if has_greet != qa["greeting"]:
        err(cid, "greeting label vs text mismatch")
    has_close = any(w in reps[-1] for w in ("谢谢", "感谢", "祝", "多谢"))
    if has_close != qa["closing"]:
        err(cid, "closing label vs text mismatch")
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0):
        err(cid, "risk none iff no signals")
    return {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["sc"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": neg},
    }


def main():
    out = [build(c) for c in CALLS]
    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(out), "calls written")
    print("risk", Counter(d["labels"]["churn_risk"] for d in out))
    print("industry", Counter(d["industry"] for d in out))
    print("turns>=20", sum(len(d["turns"]) >= 20 for d in out),
          "turns<=11", sum(len(d["turns"]) <= 11 for d in out),
          "total turns", sum(len(d["turns"]) for d in out))
    cc = Counter()
    for d in out:
        for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
            cc[cat] += 1
    print("calls per category", dict(cc.most_common()),
          "spans", sum(len(d["labels"]["churn_signals"]) for d in out))
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print("missing", k, [d["id"][-2:] for d in out if not d["labels"]["qa"][k]])
    print("forbidden", [d["id"][-2:] for d in out if d["labels"]["qa"]["forbidden_words"]])
    print("over_promise", [d["id"][-2:] for d in out if d["labels"]["qa"]["over_promise"]])
    print("hard_negative", [d["id"][-2:] for d in out if "hard_negative" in d["tags"]])
    print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    # repeated sentences across calls
    seen = {}
    for d in out:
        for t in d["turns"]:
            for s in re.split(r"[。？！]", t["text"]):
                if len(s) >= 8:
                    if s in seen and seen[s] != d["id"]:
                        err(d["id"], f"sentence repeated from {seen[s]}: {s}")
                    seen.setdefault(s, d["id"])
    print("\n".join(errs) if errs else "build checks: 0 problems")


if __name__ == "__main__":
    main()
