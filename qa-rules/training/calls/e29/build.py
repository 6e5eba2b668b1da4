#!/usr/bin/env python3
"""Build call-e29-NN.json from calls_def.py and check the labels mechanically."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []


def find_turn(turns, ev, speaker=None, where=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1:
        problems.append(f"{where}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]


def spans(turns, items, speaker, where):
    out = []
    for it in items:
        if isinstance(it, tuple):
            t, ev = it
        else:
            ev = it
            t = find_turn(turns, ev, speaker, where)
        if t < 0 or ev not in turns[t]["text"] or turns[t]["speaker"] != speaker:
            problems.append(f"{where}: span {ev!r} not in {speaker} turn {t}")
        out.append({"turn": t, "evidence": ev})
    return out


def build():
    seen_sent = {}
    ids = set()
    for c in CALLS:
        n = c["n"]
        cid = f"call-e29-{n:02d}"
        ids.add(n)
        turns = []
        for line in c["turns"].strip().splitlines():
            line = line.strip()
            if not line:
                continue
            sp, text = line.split(" ", 1)
            turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
        w = cid
        if not 8 <= len(turns) <= 30:
            problems.append(f"{w}: {len(turns)} turns")
        for i, t in enumerate(turns):
            if re.search(r"[\x00-\x7f]", t["text"]):
                problems.append(f"{w} turn {i}: ASCII char in {t['text']!r}")
            for s in re.split(r"[。？！；]", t["text"]):
                if len(s) >= 8:
                    if s in seen_sent and seen_sent[s] != cid:
                        problems.append(f"{w}: sentence repeated from {seen_sent[s]}: {s}")
                    seen_sent[s] = cid
        sigs = []
        for s in c["sig"]:
            if len(s) == 3:
                t, cat, ev = s
            else:
                cat, ev = s
                t = find_turn(turns, ev, None, w)
            if cat not in CATS:
                problems.append(f"{w}: bad category {cat}")
            if t < 0 or ev not in turns[t]["text"]:
                problems.append(f"{w}: signal {ev!r} not in turn {t}")
            sigs.append({"category": cat, "turn": t, "evidence": ev})
        sigs.sort(key=lambda x: (x["turn"], turns[x["turn"]]["text"].find(x["evidence"])))
        risk = c["risk"]
        if (risk == "none") != (len(sigs) == 0):
            problems.append(f"{w}: risk {risk} with {len(sigs)} signals")
        q = c["qa"]
        qa = {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
              "forbidden_words": spans(turns, c["fw"], "rep", w),
              "over_promise": spans(turns, c["op"], "rep", w),
              "next_step": "X" in q, "closing": "C" in q}
        rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
        first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
        if qa["greeting"] != bool(re.search("您好|你好", first)):
            problems.append(f"{w}: greeting flag {qa['greeting']} vs first rep turn")
        if qa["closing"] != bool(re.search("谢谢|感谢|祝", last)):
            problems.append(f"{w}: closing flag {qa['closing']} vs last rep turn")
        neg = []
        for x in c["neg"]:
            t = x if isinstance(x, int) else find_turn(turns, x, "customer", w)
            if turns[t]["speaker"] != "customer":
                problems.append(f"{w}: negative turn {t} is not a customer turn")
            neg.append(t)
        obj = {"id": cid, "industry": INDUSTRIES[(n - 1) % 8], "scenario": c["scenario"],
               "tags": c["tags"], "turns": turns,
               "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                          "customer_negative_turns": sorted(set(neg))}}
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if ids != set(range(1, 61)):
        problems.append(f"missing ids {sorted(set(range(1, 61)) - ids)}")
    print(Counter(c["risk"] for c in CALLS))
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} build problems")


if __name__ == "__main__":
    build()
