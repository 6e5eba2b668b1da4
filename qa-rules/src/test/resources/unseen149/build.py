"""Build call-u149-NN.json from calls_1..4.py and check the labels mechanically."""
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_1 import CALLS as A
from calls_2 import CALLS as B
from calls_3 import CALLS as C
from calls_4 import CALLS as D

CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ ]")
out = os.path.dirname(os.path.abspath(__file__))
probs = []
calls = A + B + C + D
for c in calls:
    cid = "call-u149-%02d" % c["n"]
    turns = [{"speaker": "rep" if s == "r" else "customer", "text": t} for s, t in c["turns"]]
    def chk(kind, t, ev, want=None):
        if not (0 <= t < len(turns)):
            probs.append(f"{cid} {kind} turn {t} out of range"); return
        if ev not in turns[t]["text"]:
            probs.append(f"{cid} {kind} evidence not in turn {t}: {ev}")
        if want and turns[t]["speaker"] != want:
            probs.append(f"{cid} {kind} turn {t} is not {want}")
    for i, tr in enumerate(turns):
        if BAD.search(tr["text"]):
            probs.append(f"{cid} turn {i} bad char: {BAD.findall(tr['text'])}")
    if not 8 <= len(turns) <= 30:
        probs.append(f"{cid} {len(turns)} turns")
    sig = []
    for cat, t, ev in c["sig"]:
        if cat not in CATS: probs.append(f"{cid} bad cat {cat}")
        chk("signal", t, ev)
        sig.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sig):
        probs.append(f"{cid} risk {c['risk']} vs {len(sig)} signals")
    q = c["qa"]
    for t, ev in q.get("fw", []): chk("forbidden", t, ev, "rep")
    for t, ev in q.get("op", []): chk("over_promise", t, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": probs.append(f"{cid} neg turn {t} not customer")
    tags = list(c["tags"])
    for s in sig:
        if s["category"] not in tags: tags.append(s["category"])
    if len(turns) <= 12 and "short" not in tags: tags.append("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig,
                      "qa": {"greeting": bool(q["g"]), "self_intro": bool(q["s"]),
                             "needs_discovery": bool(q["n"]),
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in q.get("fw", [])],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in q.get("op", [])],
                             "next_step": bool(q["nx"]), "closing": bool(q["cl"])},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
# summary
print("calls", len(calls), "ids", sorted(c["n"] for c in calls) == list(range(1, len(calls) + 1)))
print("risk", collections.Counter(c["risk"] for c in calls))
print("industry", collections.Counter(c["ind"] for c in calls))
print("cats(calls)", collections.Counter(k for c in calls for k in {s[0] for s in c["sig"]}))
print("spans", sum(len(c["sig"]) for c in calls), "neg turns", sum(len(c["neg"]) for c in calls))
print("long(>=20)", sum(len(c["turns"]) >= 20 for c in calls), "turns", sum(len(c["turns"]) for c in calls))
for k, name in [("g","greeting"),("s","self_intro"),("n","needs_discovery"),("nx","next_step"),("cl","closing")]:
    print("missing", name, [c["n"] for c in calls if not c["qa"][k]])
print("forbidden", [c["n"] for c in calls if c["qa"].get("fw")], "over_promise", [c["n"] for c in calls if c["qa"].get("op")])
print("hard_negative", [c["n"] for c in calls if "hard_negative" in c["tags"]])
print("problems", len(probs)); [print(" ", p) for p in probs]
