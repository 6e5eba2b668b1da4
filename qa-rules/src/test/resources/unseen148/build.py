#!/usr/bin/env python3
"""Build call-u148-NN.json from calls_a..d.py and check labels."""
import json, re, sys, os, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")

calls = []
for m in ["calls_a", "calls_b", "calls_c", "calls_d"]:
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass

problems = 0
def bad(n, msg):
    global problems
    problems += 1
    print(f"call {n:02d}: {msg}")

for c in calls:
    n = c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line[0], line[2:].strip()
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            bad(n, f"ascii char in: {text}")
    if not 8 <= len(turns) <= 30:
        bad(n, f"{len(turns)} turns")
    sigs = []
    for cat, t, ev in c.get("sig", []):
        if cat not in CATS:
            bad(n, f"bad cat {cat}")
        if ev not in turns[t]["text"]:
            bad(n, f"signal evidence not in turn {t}: {ev}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        bad(n, "risk/signal mismatch")
    spans = {}
    for key in ["fw", "op"]:
        spans[key] = []
        for t, ev in c.get(key, []):
            if turns[t]["speaker"] != "rep" or ev not in turns[t]["text"]:
                bad(n, f"{key} span bad turn {t}: {ev}")
            spans[key].append({"turn": t, "evidence": ev})
    for t in c.get("neg", []):
        if turns[t]["speaker"] != "customer":
            bad(n, f"neg turn {t} not customer")
    qa = {b: b not in c.get("miss", []) for b in BOOLS}
    qa = {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
          "needs_discovery": qa["needs_discovery"], "forbidden_words": spans["fw"],
          "over_promise": spans["op"], "next_step": qa["next_step"], "closing": qa["closing"]}
    cid = f"call-u148-{n:02d}"
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(c.get("neg", []))}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

print(f"{len(calls)} calls built, {problems} problems")
if "-v" in sys.argv:
    from collections import Counter
    print(Counter(c["risk"] for c in calls), Counter(c["ind"] for c in calls))
