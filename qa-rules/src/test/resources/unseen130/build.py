"""Build call-u130-NN.json from calls_*.py and check them."""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for m in ("calls_a", "calls_b", "calls_c", "calls_d"):
    try:
        CALLS += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass

BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ \t]")
problems = []


def err(n, msg):
    problems.append(f"call {n}: {msg}")


for c in CALLS:
    n = c["n"]
    turns = c["turns"]
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    for i, (sp, tx) in enumerate(turns):
        if sp not in ("r", "c"):
            err(n, f"turn {i} speaker {sp}")
        b = BAD.findall(tx)
        if b:
            err(n, f"turn {i} bad chars {b}")
        if i and turns[i - 1][0] == sp:
            err(n, f"turn {i} same speaker twice")
    if (c["risk"] == "none") != (not c["sig"]):
        err(n, "risk/signals mismatch")
    for cat, t, ev in c["sig"]:
        if ev not in turns[t][1]:
            where = [i for i, (_, x) in enumerate(turns) if ev in x]
            err(n, f"signal evidence not in turn {t} (found in {where}): {ev}")
    for kind in ("fb", "op"):
        for t, ev in c[kind]:
            if turns[t][0] != "r":
                err(n, f"{kind} turn {t} not rep")
            if ev not in turns[t][1]:
                err(n, f"{kind} evidence not in turn {t}: {ev}")
    for t in c["neg"]:
        if turns[t][0] != "c":
            err(n, f"neg turn {t} not customer")
    g, s, nd, ns, cl = c["qa"]
    rep = [tx for sp, tx in turns if sp == "r"]
    has_g = ("您好" in rep[0]) or ("你好" in rep[0])
    if bool(g) != has_g:
        err(n, f"greeting flag {g} vs first rep turn")
    has_c = any(w in rep[-1] for w in ("谢谢", "感谢", "祝"))
    if bool(cl) != has_c:
        err(n, f"closing flag {cl} vs last rep turn")

# distribution
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
print("calls", len(CALLS), dict(risk), dict(ind))

for c in CALLS:
    cid = f"call-u130-{c['n']:02d}"
    g, s, nd, ns, cl = c["qa"]
    obj = {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["scen"],
        "tags": c["tags"],
        "turns": [{"speaker": "rep" if sp == "r" else "customer", "text": tx}
                  for sp, tx in c["turns"]],
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": cat, "turn": t, "evidence": ev}
                              for cat, t, ev in c["sig"]],
            "qa": {
                "greeting": bool(g), "self_intro": bool(s), "needs_discovery": bool(nd),
                "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in c["fb"]],
                "over_promise": [{"turn": t, "evidence": ev} for t, ev in c["op"]],
                "next_step": bool(ns), "closing": bool(cl),
            },
            "customer_negative_turns": c["neg"],
        },
    }
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

if "--stats" in sys.argv:
    cats = collections.Counter()
    for c in CALLS:
        for cat in {x[0] for x in c["sig"]}:
            cats[cat] += 1
    print("calls per category", dict(cats.most_common()))
    print("signal spans", sum(len(c["sig"]) for c in CALLS))
    print("turns", sum(len(c["turns"]) for c in CALLS),
          "min", min(len(c["turns"]) for c in CALLS), "max", max(len(c["turns"]) for c in CALLS))
    names = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
    for i, nm in enumerate(names):
        print(nm, "missing in", [c["n"] for c in CALLS if not c["qa"][i]])
    print("forbidden in", [c["n"] for c in CALLS if c["fb"]])
    print("over_promise in", [c["n"] for c in CALLS if c["op"]])
    print("hard negatives", [c["n"] for c in CALLS if "hard_negative" in c["tags"]])
    print("neg turns", sum(len(c["neg"]) for c in CALLS))

print("problems:", len(problems))
for p in problems:
    print(" ", p)
