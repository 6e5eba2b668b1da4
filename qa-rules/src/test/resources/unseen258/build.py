#!/usr/bin/env python3
"""Build call-u258-NN.json from calls_1.py ... calls_4.py and check every label.

Turn spec: ("R", text) rep turn, ("C", text) customer turn, ("C!", text) customer turn
with negative emotion (goes into customer_negative_turns).
Signals: (category, evidence) or (category, evidence, turn). Without a turn the evidence
must occur in exactly one turn; with a turn it must occur in that turn.
QA spans (fw / op): evidence or (turn, evidence); must be in a rep turn.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = {"price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def locate(cid, turns, ev, turn, rep_only=False):
    if turn is not None:
        if not (0 <= turn < len(turns)):
            err(cid, f"turn {turn} out of range for {ev!r}")
            return None
        if ev not in turns[turn][1]:
            err(cid, f"evidence {ev!r} not in turn {turn}")
            return None
        hits = [turn]
    else:
        hits = [i for i, (_, t) in enumerate(turns) if ev in t]
        if len(hits) != 1:
            err(cid, f"evidence {ev!r} found in turns {hits}, need exactly one")
            return None
    i = hits[0]
    if rep_only and turns[i][0] != "rep":
        err(cid, f"QA span {ev!r} is on a customer turn {i}")
    return i


def spans(cid, turns, items):
    out = []
    for it in items:
        turn, ev = (it if isinstance(it, tuple) else (None, it))
        i = locate(cid, turns, ev, turn, rep_only=True)
        if i is not None:
            out.append({"turn": i, "evidence": ev})
    return out


def build(c):
    cid = "call-u258-%02d" % c["n"]
    turns, neg = [], []
    for i, (sp, text) in enumerate(c["turns"]):
        if sp == "R":
            turns.append(("rep", text))
        elif sp in ("C", "C!"):
            turns.append(("customer", text))
            if sp == "C!":
                neg.append(i)
        else:
            err(cid, f"bad speaker {sp!r}")
    if not (8 <= len(turns) <= 30):
        err(cid, f"{len(turns)} turns")
    for i, (_, t) in enumerate(turns):
        m = BAD.findall(t)
        if m:
            err(cid, f"turn {i} has forbidden characters {m}")
    if BAD.findall(c["scenario"]):
        err(cid, "scenario has forbidden characters")
    if c["industry"] not in INDUSTRIES:
        err(cid, "bad industry")
    if c["risk"] not in RISKS:
        err(cid, "bad risk")

    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        if cat not in CATEGORIES:
            err(cid, f"bad category {cat}")
        i = locate(cid, turns, ev, turn)
        if i is not None:
            sigs.append({"category": cat, "turn": i, "evidence": ev})
    if c["risk"] == "none" and sigs:
        err(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        err(cid, "non-none call without signals")

    q = c["qa"]
    qa = {"greeting": q["g"], "self_intro": q["si"], "needs_discovery": q["nd"],
          "forbidden_words": spans(cid, turns, q.get("fw", [])),
          "over_promise": spans(cid, turns, q.get("op", [])),
          "next_step": q["ns"], "closing": q["cl"]}

    # heuristic cross-checks of greeting / closing
    rep_idx = [i for i, (sp, _) in enumerate(turns) if sp == "rep"]
    first, last = turns[rep_idx[0]][1], turns[rep_idx[-1]][1]
    g_auto = ("您好" in first) or ("你好" in first)
    cl_auto = any(w in last for w in ("谢谢", "感谢", "祝", "谢"))
    if g_auto != q["g"]:
        err(cid, f"greeting label {q['g']} but heuristic says {g_auto}")
    if cl_auto != q["cl"]:
        err(cid, f"closing label {q['cl']} but heuristic says {cl_auto}")

    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    return cid, {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": tags,
        "turns": [{"speaker": sp, "text": t} for sp, t in turns],
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": qa,
            "customer_negative_turns": neg,
        },
    }


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    ns = [c["n"] for c in calls]
    if sorted(ns) != list(range(1, 41)):
        errors.append(f"call numbers wrong: {sorted(ns)}")
    out = [build(c) for c in calls]
    risk = Counter(d["labels"]["churn_risk"] for _, d in out)
    ind = Counter(d["industry"] for _, d in out)
    if any(risk[r] != 10 for r in RISKS):
        errors.append(f"risk counts {dict(risk)}")
    if set(ind) != INDUSTRIES:
        errors.append(f"industries {dict(ind)}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors; nothing written")
        sys.exit(1)
    for cid, d in out:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    turns = sum(len(d["turns"]) for _, d in out)
    sig = Counter(s["category"] for _, d in out for s in d["labels"]["churn_signals"])
    calls_with = Counter(cat for _, d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
    qa = Counter()
    for _, d in out:
        q = d["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa[k + "_missing"] += 1
        if q["forbidden_words"]:
            qa["calls_with_forbidden_words"] += 1
        if q["over_promise"]:
            qa["calls_with_over_promise"] += 1
        qa["forbidden_spans"] += len(q["forbidden_words"])
        qa["over_promise_spans"] += len(q["over_promise"])
    negs = sum(len(d["labels"]["customer_negative_turns"]) for _, d in out)
    print(f"wrote {len(out)} calls, {turns} turns")
    print("risk:", dict(risk))
    print("industry:", dict(ind))
    print("signal spans per category:", dict(sig.most_common()), "total", sum(sig.values()))
    print("calls containing category:", dict(calls_with.most_common()))
    print("qa:", dict(qa))
    print("negative customer turns:", negs)


if __name__ == "__main__":
    main()
