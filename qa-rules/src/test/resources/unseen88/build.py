# -*- coding: utf-8 -*-
"""Build call-u88-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errors = []


def locate(turns, ev, want=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errors.append(f"evidence {ev!r} found in turns {hits}")
        return -1
    i = hits[0]
    if want and turns[i]["speaker"] != want:
        errors.append(f"evidence {ev!r} in {turns[i]['speaker']} turn {i}, expected {want}")
    return i


assert len(CALLS) == 40, len(CALLS)
for n, c in enumerate(CALLS, 1):
    cid = f"call-u88-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(text):
            errors.append(f"{cid}: bad char {BAD.search(text).group()!r} in {text}")
        turns.append({"speaker": sp, "text": text.strip()})
    if not (8 <= len(turns) <= 30):
        errors.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for cat, ev in c["sig"]:
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": locate(turns, ev), "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        errors.append(f"{cid}: risk {c['risk']} with {len(sigs)} signals")
    qa = {
        "greeting": "g" not in c["miss"], "self_intro": "s" not in c["miss"],
        "needs_discovery": "n" not in c["miss"],
        "forbidden_words": [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["fw"]],
        "over_promise": [{"turn": locate(turns, e, "rep"), "evidence": e} for e in c["op"]],
        "next_step": "x" not in c["miss"], "closing": "c" not in c["miss"],
    }
    first_rep = next(t for t in turns if t["speaker"] == "rep")["text"]
    if qa["greeting"] != (("您好" in first_rep) or ("你好" in first_rep)):
        errors.append(f"{cid}: greeting label vs first rep turn")
    last_rep = [t for t in turns if t["speaker"] == "rep"][-1]["text"]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        errors.append(f"{cid}: closing label vs last rep turn")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
cat = collections.Counter()
for c in CALLS:
    for k in {s[0] for s in c["sig"]}:
        cat[k] += 1
nturns = [len(c["turns"].strip().splitlines()) for c in CALLS]
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cat))
print("signal spans", sum(len(c["sig"]) for c in CALLS), "turns", sum(nturns), "min/max", min(nturns), max(nturns))
print("turn lengths", sorted(nturns))
for k in "gsnxc":
    print("miss", k, sum(k in c["miss"] for c in CALLS))
print("calls with a miss", sum(bool(c["miss"]) for c in CALLS))
print("forbidden calls", sum(bool(c["fw"]) for c in CALLS), "over_promise calls", sum(bool(c["op"]) for c in CALLS))
print("hard negatives", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("negative customer turns", sum(c["turns"].count("C!|") for c in CALLS))
print("ERRORS", len(errors)); [print(" ", e) for e in errors]
