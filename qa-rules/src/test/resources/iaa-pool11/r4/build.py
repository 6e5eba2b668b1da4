#!/usr/bin/env python3
"""Load each /work/data/agree-in-B call, add scenario/tags/labels from labels_1..4.py,
check evidence spans, write /work/data/agree-r4/<same name>.json."""
import json, os, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labels_1, labels_2, labels_3, labels_4

SRC = "/work/data/agree-in-B"
ALL = {}
for m in (labels_1, labels_2, labels_3, labels_4):
    assert len(m.LABELS) == 10, (m.__name__, len(m.LABELS))
    for k, v in m.LABELS.items():
        assert k not in ALL, k
        ALL[k] = v

errors = []
files = sorted(glob.glob(os.path.join(SRC, "*.json")))
assert len(files) == 40 and len(ALL) == 40
for f in files:
    call = json.load(open(f, encoding="utf-8"))
    cid = call["id"]
    if cid not in ALL:
        errors.append(f"{cid}: no labels"); continue
    L = ALL[cid]
    turns = call["turns"]
    def chk(turn, ev, who, what):
        if not (0 <= turn < len(turns)):
            errors.append(f"{cid}: {what} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            errors.append(f"{cid}: {what} evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who:
            errors.append(f"{cid}: {what} turn {turn} is not {who}")
    for s in L["churn_signals"]:
        chk(s["turn"], s["evidence"], None, "signal " + s["category"])
    for k in ("forbidden_words", "over_promise"):
        for s in L["qa"][k]:
            chk(s["turn"], s["evidence"], "rep", k)
    for t in L["neg"]:
        if turns[t]["speaker"] != "customer":
            errors.append(f"{cid}: negative turn {t} is not a customer turn")
    if L["churn_risk"] == "none" and L["churn_signals"]:
        errors.append(f"{cid}: risk none with signals")
    if L["churn_risk"] != "none" and not L["churn_signals"]:
        errors.append(f"{cid}: risk {L['churn_risk']} without signals")
    out = {"id": call["id"], "industry": call["industry"], "scenario": L["scenario"],
           "tags": L["tags"], "turns": call["turns"],
           "labels": {"churn_risk": L["churn_risk"], "churn_signals": L["churn_signals"],
                      "qa": L["qa"], "customer_negative_turns": sorted(L["neg"])}}
    json.dump(out, open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
if errors:
    print("\n".join(errors)); sys.exit(1)
print("wrote", len(files), "calls")
