"""Build labeled call JSON files for /work/data/agree-in-B into this folder.

Loads each source call, keeps id/industry/turns unchanged, adds scenario, tags and labels
from labels_1.py ... labels_4.py, checks every evidence span, and writes <same name>.json here.
"""
import glob
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/agree-in-B"
CATEGORIES = {"price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}


def load_labels():
    labels = {}
    for n in range(1, 5):
        path = os.path.join(HERE, f"labels_{n}.py")
        spec = importlib.util.spec_from_file_location(f"labels_{n}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, v in mod.LABELS.items():
            if k in labels:
                raise SystemExit(f"duplicate id {k} in labels_{n}.py")
            labels[k] = v
    return labels


def main():
    labels = load_labels()
    files = sorted(glob.glob(os.path.join(SRC, "*.json")))
    errors = []
    seen = set()
    for f in files:
        call = json.load(open(f, encoding="utf-8"))
        cid = call["id"]
        if cid not in labels:
            errors.append(f"{cid}: no labels")
            continue
        seen.add(cid)
        L = labels[cid]
        turns = call["turns"]

        def check(turn, ev, who, what):
            if not (0 <= turn < len(turns)):
                errors.append(f"{cid}: {what} turn {turn} out of range")
                return
            if who and turns[turn]["speaker"] != who:
                errors.append(f"{cid}: {what} turn {turn} is not a {who} turn")
            if ev is not None and ev not in turns[turn]["text"]:
                errors.append(f"{cid}: {what} evidence not in turn {turn}: {ev}")

        if L["churn_risk"] not in RISKS:
            errors.append(f"{cid}: bad churn_risk")
        signals = []
        for turn, cat, ev in L["signals"]:
            if cat not in CATEGORIES:
                errors.append(f"{cid}: bad category {cat}")
            check(turn, ev, None, "signal")
            signals.append({"category": cat, "turn": turn, "evidence": ev})
        if L["churn_risk"] == "none" and signals:
            errors.append(f"{cid}: risk none but has signals")
        if L["churn_risk"] != "none" and not signals:
            errors.append(f"{cid}: risk {L['churn_risk']} without signals")
        q = L["qa"]
        qa = {k: bool(q[k]) for k in ("greeting", "self_intro", "needs_discovery")}
        qa["forbidden_words"] = []
        for turn, ev in q["forbidden_words"]:
            check(turn, ev, "rep", "forbidden_words")
            qa["forbidden_words"].append({"turn": turn, "evidence": ev})
        qa["over_promise"] = []
        for turn, ev in q["over_promise"]:
            check(turn, ev, "rep", "over_promise")
            qa["over_promise"].append({"turn": turn, "evidence": ev})
        qa["next_step"] = bool(q["next_step"])
        qa["closing"] = bool(q["closing"])
        for t in L["neg"]:
            check(t, None, "customer", "customer_negative_turns")

        out = {
            "id": call["id"],
            "industry": call["industry"],
            "scenario": L["scenario"],
            "tags": list(L["tags"]),
            "turns": call["turns"],
            "labels": {
                "churn_risk": L["churn_risk"],
                "churn_signals": signals,
                "qa": qa,
                "customer_negative_turns": sorted(L["neg"]),
            },
        }
        for k, v in call.items():
            if k not in out:
                out[k] = v
        with open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    extra = set(labels) - seen
    if extra:
        errors.append(f"labels for unknown ids: {sorted(extra)}")
    for e in errors:
        print("ERROR", e)
    print(f"wrote {len(seen)} calls, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
