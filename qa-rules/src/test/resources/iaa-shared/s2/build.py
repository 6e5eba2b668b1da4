#!/usr/bin/env python3
"""Load each call of in-2, add scenario/tags/labels from labels_1.py and labels_2.py,
check evidence spans and turn roles, and write the JSON files into this folder."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_1 import LABELS as L1
from labels_2 import LABELS as L2

SRC = "/work/data/s45/half/in-2"
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}

labels = {}
for part in (L1, L2):
    for k, v in part.items():
        assert k not in labels, f"duplicate id {k}"
        labels[k] = v

errors = []
files = sorted(glob.glob(os.path.join(SRC, "*.json")))
seen = set()
for path in files:
    with open(path, encoding="utf-8") as f:
        call = json.load(f)
    cid = call["id"]
    name = os.path.basename(path)
    assert name == cid + ".json", (name, cid)
    if cid not in labels:
        errors.append(f"{cid}: no labels"); continue
    seen.add(cid)
    lab = labels[cid]
    turns = call["turns"]
    L = lab["labels"]

    def check_span(kind, turn, ev, role=None):
        if not (0 <= turn < len(turns)):
            errors.append(f"{cid} {kind}: turn {turn} out of range"); return
        if role and turns[turn]["speaker"] != role:
            errors.append(f"{cid} {kind}: turn {turn} is not a {role} turn")
        if not ev or ev not in turns[turn]["text"]:
            errors.append(f"{cid} {kind}: evidence not in turn {turn}: {ev!r}")

    if L["churn_risk"] not in RISKS:
        errors.append(f"{cid}: bad churn_risk")
    for s in L["churn_signals"]:
        if s["category"] not in CATS:
            errors.append(f"{cid}: bad category {s['category']}")
        check_span("signal", s["turn"], s["evidence"])
    if L["churn_risk"] == "none" and L["churn_signals"]:
        errors.append(f"{cid}: risk none but signals present")
    if L["churn_risk"] != "none" and not L["churn_signals"]:
        errors.append(f"{cid}: risk {L['churn_risk']} but no signals")
    for key in ("forbidden_words", "over_promise"):
        for s in L["qa"][key]:
            check_span(key, s["turn"], s["evidence"], role="rep")
    for t in L["customer_negative_turns"]:
        if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
            errors.append(f"{cid}: negative turn {t} is not a customer turn")

    out = {"id": call["id"], "industry": call["industry"], "scenario": lab["scenario"],
           "tags": lab["tags"], "turns": call["turns"],
           "labels": {"churn_risk": L["churn_risk"],
                      "churn_signals": [{"category": s["category"], "turn": s["turn"], "evidence": s["evidence"]}
                                        for s in L["churn_signals"]],
                      "qa": {k: L["qa"][k] for k in ("greeting", "self_intro", "needs_discovery",
                                                      "forbidden_words", "over_promise", "next_step", "closing")},
                      "customer_negative_turns": sorted(L["customer_negative_turns"])}}
    for k, v in call.items():
        if k not in out:
            out[k] = v
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")

for k in labels:
    if k not in seen:
        errors.append(f"{k}: labels but no call file")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"wrote {len(seen)} calls, all evidence spans checked")
