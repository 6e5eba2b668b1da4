#!/usr/bin/env python3
"""Load each /work/data/agree-in-A call, add scenario/tags/labels from labels_1..4.py,
check every evidence span, and write the labeled JSON next to this script."""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/agree-in-A"
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}


def load_labels():
    allL = {}
    for i in range(1, 5):
        p = os.path.join(HERE, f"labels_{i}.py")
        spec = importlib.util.spec_from_file_location(f"labels_{i}", p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        for k, v in m.LABELS.items():
            assert k not in allL, f"duplicate id {k}"
            allL[k] = v
    return allL


def main():
    allL = load_labels()
    files = sorted(glob.glob(os.path.join(SRC, "*.json")))
    errors = []
    seen = set()
    for f in files:
        call = json.load(open(f, encoding="utf-8"))
        cid = call["id"]
        if cid not in allL:
            errors.append(f"{cid}: no labels")
            continue
        seen.add(cid)
        L = allL[cid]
        turns = call["turns"]

        def check_span(kind, t, ev, speaker=None):
            if not (0 <= t < len(turns)):
                errors.append(f"{cid}: {kind} turn {t} out of range")
                return
            if speaker and turns[t]["speaker"] != speaker:
                errors.append(f"{cid}: {kind} turn {t} is not a {speaker} turn")
            if not ev or ev not in turns[t]["text"]:
                errors.append(f"{cid}: {kind} evidence not in turn {t}: {ev!r}")

        assert L["risk"] in RISKS, cid
        sigs = []
        for t, cat, ev in L["sig"]:
            if cat not in CATS:
                errors.append(f"{cid}: bad category {cat}")
            check_span("signal", t, ev)
            sigs.append({"category": cat, "turn": t, "evidence": ev})
        if L["risk"] == "none" and sigs:
            errors.append(f"{cid}: risk none but signals present")
        if L["risk"] != "none" and not sigs:
            errors.append(f"{cid}: risk {L['risk']} but no signals")
        fw, op = [], []
        for t, ev in L["fw"]:
            check_span("forbidden_words", t, ev, "rep")
            fw.append({"turn": t, "evidence": ev})
        for t, ev in L["op"]:
            check_span("over_promise", t, ev, "rep")
            op.append({"turn": t, "evidence": ev})
        for t in L["neg"]:
            if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
                errors.append(f"{cid}: negative turn {t} is not a customer turn")
        g, s, n, ns, c = L["qa"]
        out = {
            "id": call["id"],
            "industry": call["industry"],
            "scenario": L["scenario"],
            "tags": list(L["tags"]),
            "turns": call["turns"],
            "labels": {
                "churn_risk": L["risk"],
                "churn_signals": sigs,
                "qa": {
                    "greeting": g, "self_intro": s, "needs_discovery": n,
                    "forbidden_words": fw, "over_promise": op,
                    "next_step": ns, "closing": c,
                },
                "customer_negative_turns": sorted(L["neg"]),
            },
        }
        for k in call:
            if k not in out:
                out[k] = call[k]
        with open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    extra = set(allL) - seen
    if extra:
        errors.append(f"labels for unknown ids: {sorted(extra)}")
    for e in errors:
        print("ERROR", e)
    print(f"wrote {len(seen)} calls, {len(errors)} errors")
    from collections import Counter
    print(Counter(allL[k]["risk"] for k in seen))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
