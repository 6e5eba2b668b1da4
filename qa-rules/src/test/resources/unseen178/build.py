"""Build call-u178-NN.json from calls_1..4.py and check them.

Turn lines: 'R|text' rep, 'C|text' customer, 'C!|text' customer turn with negative emotion.
Signals/spans are given by evidence; the turn index is resolved (evidence must occur in exactly
one eligible turn unless an explicit turn index is given as a third element).
"""
import json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errors = []

def err(n, msg):
    errors.append(f"call {n}: {msg}")

def resolve(n, turns, spec, rep_only):
    ev = spec[-1] if len(spec) == 2 else spec[1]
    explicit = spec[2] if len(spec) == 3 else None
    cands = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if explicit is not None:
        if explicit not in cands:
            err(n, f"evidence {ev!r} not in turn {explicit}")
        return explicit, ev
    if len(cands) != 1:
        err(n, f"evidence {ev!r} found in turns {cands}")
        return (cands[0] if cands else -1), ev
    return cands[0], ev

calls = []
for k in range(1, 5):
    calls += importlib.import_module(f"calls_{k}").CALLS
all_sents = {}
out = []
for c in calls:
    n = c["n"]
    turns, neg = [], []
    for line in [l.strip() for l in c["t"].strip().splitlines() if l.strip()]:
        tag, text = line.split("|", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ%]", text):
            err(n, f"latin/digit in turn {len(turns)-1}: {text}")
        for s in re.split(r"[。？！；]", text):
            s = s.strip("，、 ")
            if len(s) >= 8:
                if s in all_sents and all_sents[s] != n:
                    err(n, f"sentence reused from call {all_sents[s]}: {s}")
                all_sents[s] = n
    sigs = []
    for spec in c.get("sig", []):
        cat = spec[0]
        if cat not in CATS:
            err(n, f"bad category {cat}")
        ti, ev = resolve(n, turns, (spec[1], spec[1]) if len(spec) == 2 else (spec[1], spec[1], spec[2]), False)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    g, si, nd, ns, cl = c["qa"]
    fw = [dict(zip(("turn", "evidence"), resolve(n, turns, (e, e) if isinstance(e, str) else (e[0], e[0], e[1]), True))) for e in c.get("fw", [])]
    op = [dict(zip(("turn", "evidence"), resolve(n, turns, (e, e) if isinstance(e, str) else (e[0], e[0], e[1]), True))) for e in c.get("op", [])]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_g = ("您好" in reps[0] or "你好" in reps[0])
    if bool(g) != has_g:
        err(n, f"greeting flag {g} but first rep turn: {reps[0][:20]}")
    has_c = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if bool(cl) != has_c:
        err(n, f"closing flag {cl} but last rep turn: {reps[-1]}")
    if turns[-1]["speaker"] != "rep" and cl:
        pass
    if not (10 <= len(turns) <= 30):
        err(n, f"{len(turns)} turns")
    if c["risk"] == "none" and sigs:
        err(n, "none with signals")
    if c["risk"] != "none" and not sigs:
        err(n, "risky without signals")
    cid = f"call-u178-{n:02d}"
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": bool(g), "self_intro": bool(si), "needs_discovery": bool(nd),
                             "forbidden_words": fw, "over_promise": op,
                             "next_step": bool(ns), "closing": bool(cl)},
                      "customer_negative_turns": neg}}
    out.append(doc)

ns = sorted(c["n"] for c in calls)
if ns != list(range(1, 41)):
    errors.append(f"call numbers {ns}")
from collections import Counter
risk = Counter(d["labels"]["churn_risk"] for d in out)
ind = Counter(d["industry"] for d in out)
if set(risk.values()) != {10} or len(risk) != 4:
    errors.append(f"risk {risk}")
if set(ind.values()) != {5} or set(ind) != set(INDS):
    errors.append(f"industry {ind}")
longc = sum(1 for d in out if len(d["turns"]) >= 20)
if longc < 10:
    errors.append(f"only {longc} long calls")
for d in out:
    for s in d["labels"]["churn_signals"]:
        assert s["evidence"] in d["turns"][s["turn"]]["text"]
for e in errors:
    print("ERROR", e)
if errors:
    sys.exit(1)
for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
# stats
cats = Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
print("written", len(out), "turns", sum(len(d["turns"]) for d in out), "long", longc)
print("risk", dict(risk))
print("cats(calls)", dict(cats), "spans", sum(len(d["labels"]["churn_signals"]) for d in out))
q = lambda k: [d["id"][-2:] for d in out if not d["labels"]["qa"][k]]
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print("missing", k, q(k))
print("forbidden", [d["id"][-2:] for d in out if d["labels"]["qa"]["forbidden_words"]])
print("over_promise", [d["id"][-2:] for d in out if d["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("tags", dict(Counter(t for d in out for t in d["tags"])))
print("turn counts", sorted(len(d["turns"]) for d in out))
