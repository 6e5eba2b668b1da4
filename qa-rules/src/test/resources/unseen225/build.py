#!/usr/bin/env python3
"""Build call-u225-NN.json from calls_*.py and check every evidence span."""
import importlib.util, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def main():
    calls = []
    for i in range(1, 5):
        p = os.path.join(HERE, f"calls_{i}.py")
        if os.path.exists(p):
            calls += load(f"calls_{i}")
    errs = []
    stats = Counter()
    for c in calls:
        cid = f"call-u225-{c['n']}"
        turns = []
        for t in c["turns"]:
            sp, text = t.split(":", 1)
            turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
            if re.search(r"[A-Za-z0-9]", text):
                errs.append(f"{cid}: latin/digit in text: {text}")
        def chk(kind, turn, ev, want=None):
            if not (0 <= turn < len(turns)):
                errs.append(f"{cid}: {kind} turn {turn} out of range"); return
            if ev not in turns[turn]["text"]:
                where = [i for i, t in enumerate(turns) if ev in t["text"]]
                errs.append(f"{cid}: {kind} evidence not in turn {turn}: {ev!r} (found in {where})")
            if want and turns[turn]["speaker"] != want:
                errs.append(f"{cid}: {kind} turn {turn} is not {want}")
        sigs = []
        for cat, turn, ev in c["signals"]:
            if cat not in CATS:
                errs.append(f"{cid}: bad category {cat}")
            chk(cat, turn, ev)
            sigs.append({"category": cat, "turn": turn, "evidence": ev})
        for turn, ev in c["fw"]:
            chk("forbidden", turn, ev, "rep")
        for turn, ev in c["op"]:
            chk("over_promise", turn, ev, "rep")
        for t in c["neg"]:
            if turns[t]["speaker"] != "customer":
                errs.append(f"{cid}: negative turn {t} is not customer")
        if c["risk"] == "none" and sigs:
            errs.append(f"{cid}: none call with signals")
        if c["risk"] != "none" and not sigs:
            errs.append(f"{cid}: {c['risk']} call without signals")
        q = [x == "1" for x in c["qa"]]
        tags = list(c["tags"])
        for cat in sorted({s["category"] for s in sigs}):
            if cat not in tags:
                tags.append(cat)
        obj = {
            "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags,
            "turns": turns,
            "labels": {
                "churn_risk": c["risk"], "churn_signals": sigs,
                "qa": {"greeting": q[0], "self_intro": q[1], "needs_discovery": q[2],
                       "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                       "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                       "next_step": q[3], "closing": q[4]},
                "customer_negative_turns": sorted(c["neg"]),
            },
        }
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats["calls"] += 1
        stats["turns"] += len(turns)
        stats["risk_" + c["risk"]] += 1
        stats["ind_" + c["ind"]] += 1
        stats["long" if len(turns) >= 20 else "short"] += 1
        if not (10 <= len(turns) <= 30):
            errs.append(f"{cid}: {len(turns)} turns")
        for s in {s["category"] for s in sigs}:
            stats["cat_" + s] += 1
        stats["spans"] += len(sigs)
        for k, v in zip(["greeting", "self_intro", "needs", "next", "closing"], q):
            if not v:
                stats["miss_" + k] += 1
        if c["fw"]: stats["calls_forbidden"] += 1
        if c["op"]: stats["calls_over_promise"] += 1
        if "hard_negative" in tags: stats["hard_negative"] += 1
        if "negation" in tags: stats["negation"] += 1
        stats["neg_turns"] += len(c["neg"])
        print(f"{cid} {c['ind']:22s} {c['risk']:7s} turns={len(turns):2d} signals={len(sigs)}")
    # duplicate sentences across calls
    seen = {}
    for c in calls:
        for t in c["turns"]:
            txt = t.split(":", 1)[1]
            if len(txt) > 12 and txt in seen and seen[txt] != c["n"]:
                errs.append(f"duplicate turn text in {seen[txt]} and {c['n']}: {txt}")
            seen[txt] = c["n"]
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
