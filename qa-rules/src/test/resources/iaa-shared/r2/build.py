#!/usr/bin/env python3
"""Build r2 labeled JSON files: load each call from ../in, add scenario/tags/labels, check evidence, write here."""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(os.path.dirname(HERE), "in")
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}

def load_labels():
    allL = {}
    for i in range(1, 5):
        spec = importlib.util.spec_from_file_location(f"labels_{i}", os.path.join(HERE, f"labels_{i}.py"))
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for k, v in m.LABELS.items():
            assert k not in allL, f"duplicate {k}"
            allL[k] = v
    return allL

def main():
    L = load_labels()
    files = sorted(glob.glob(os.path.join(IN, "*.json")))
    errs = []
    for f in files:
        call = json.load(open(f, encoding="utf-8"))
        cid = call["id"]
        if cid not in L:
            errs.append(f"{cid}: no labels"); continue
        lab = L[cid]
        turns = call["turns"]
        def check(turn, ev, who, what):
            if not (0 <= turn < len(turns)):
                errs.append(f"{cid} {what}: turn {turn} out of range"); return
            if ev not in turns[turn]["text"]:
                errs.append(f"{cid} {what}: evidence not in turn {turn}: {ev}")
            if who and turns[turn]["speaker"] != who:
                errs.append(f"{cid} {what}: turn {turn} is not {who}")
        if lab["churn_risk"] not in RISKS: errs.append(f"{cid}: bad risk")
        sigs = []
        for cat, t, ev in lab["signals"]:
            if cat not in CATS: errs.append(f"{cid}: bad category {cat}")
            check(t, ev, None, f"signal {cat}")
            sigs.append({"category": cat, "turn": t, "evidence": ev})
        if lab["churn_risk"] == "none" and sigs: errs.append(f"{cid}: none with signals")
        if lab["churn_risk"] != "none" and not sigs: errs.append(f"{cid}: risk without signals")
        q = dict(lab["qa"])
        for key in ("forbidden_words", "over_promise"):
            spans = []
            for t, ev in q[key]:
                check(t, ev, "rep", key)
                spans.append({"turn": t, "evidence": ev})
            q[key] = spans
        qa = {k: q[k] for k in ("greeting", "self_intro", "needs_discovery", "forbidden_words",
                                "over_promise", "next_step", "closing")}
        for t in lab["negative"]:
            if turns[t]["speaker"] != "customer": errs.append(f"{cid}: negative turn {t} not customer")
        out = {"id": cid, "industry": call["industry"], "scenario": lab["scenario"],
               "tags": list(lab["tags"]), "turns": turns,
               "labels": {"churn_risk": lab["churn_risk"], "churn_signals": sigs, "qa": qa,
                          "customer_negative_turns": sorted(lab["negative"])}}
        for k, v in call.items():
            if k not in out: out[k] = v
        with open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8") as fo:
            json.dump(out, fo, ensure_ascii=False, indent=1); fo.write("\n")
    extra = set(L) - {json.load(open(f, encoding="utf-8"))["id"] for f in files}
    if extra: errs.append(f"labels for unknown calls: {sorted(extra)}")
    for e in errs: print("ERROR", e)
    print(f"{len(files)} calls written, {len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
