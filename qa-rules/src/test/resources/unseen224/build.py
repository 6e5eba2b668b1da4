#!/usr/bin/env python3
"""Build call-u224-NN.json from calls_*.py and check the labels mechanically."""
import importlib, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
LEVELS = ["none", "low", "medium", "high"]

calls = []
for i in range(1, 5):
    try:
        calls += importlib.import_module(f"calls_{i}").CALLS
    except ModuleNotFoundError:
        pass

errors = []
def err(n, msg):
    errors.append(f"u224-{n:02d}: {msg}")

sent_seen = {}
out = []
for c in calls:
    n = c["n"]
    turns, neg = [], []
    for i, t in enumerate(c["turns"]):
        tag, text = t.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(i)
        if re.search(r"[A-Za-z0-9]", text):
            err(n, f"turn {i} has Latin/digits: {text}")
        if re.search(r"[,\.\?!:;\(\)\"']", text):
            err(n, f"turn {i} has ASCII punctuation: {text}")
        turns.append({"speaker": spk, "text": text})
        for s in re.split(r"[。？！]", text):
            s = s.strip("，、 ")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != n:
                    err(n, f"sentence reused from u224-{sent_seen[s]:02d}: {s}")
                sent_seen.setdefault(s, n)
    if not (10 <= len(turns) <= 30):
        err(n, f"{len(turns)} turns")

    def locate(ev, rep_only=False, turn=None, what=""):
        if turn is not None:
            hits = [turn] if ev in turns[turn]["text"] else []
        else:
            hits = [i for i, t in enumerate(turns) if ev in t["text"]
                    and (not rep_only or t["speaker"] == "rep")]
        if len(hits) != 1:
            err(n, f"{what} evidence '{ev}' found in turns {hits}")
            return None
        if rep_only and turns[hits[0]]["speaker"] != "rep":
            err(n, f"{what} evidence '{ev}' not in a rep turn")
        return hits[0]

    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(n, f"bad category {cat}")
        t = locate(ev, turn=s[2] if len(s) > 2 else None, what=cat)
        if t is not None:
            sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    fw = [{"turn": t, "evidence": e} for e in c["fw"] if (t := locate(e, True, what="fw")) is not None]
    op = [{"turn": t, "evidence": e} for e in c["op"] if (t := locate(e, True, what="op")) is not None]
    g, si, nd, nx, cl = (ch == "1" for ch in c["qa"])

    if c["risk"] == "none" and sigs:
        err(n, "none call with signals")
    if c["risk"] != "none" and not sigs:
        err(n, "risky call without signals")
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_hello = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if g != has_hello:
        err(n, f"greeting label {g} but first rep turn hello={has_hello}")
    has_thanks = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != has_thanks:
        err(n, f"closing label {cl} but last rep turn thanks={has_thanks}")
    if turns[-1]["speaker"] != "rep" and cl:
        pass

    cid = f"call-u224-{n:02d}"
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": si, "needs_discovery": nd,
                             "forbidden_words": fw, "over_promise": op,
                             "next_step": nx, "closing": cl},
                      "customer_negative_turns": neg}}
    out.append(doc)

ns = sorted(c["n"] for c in calls)
if ns != list(range(1, len(ns) + 1)):
    errors.append(f"call numbers not dense: {ns}")
if len(calls) == 40:
    rc = Counter(c["risk"] for c in calls)
    ic = Counter(c["ind"] for c in calls)
    if any(rc[l] != 10 for l in LEVELS):
        errors.append(f"risk counts {rc}")
    if any(ic[i] != 5 for i in INDUSTRIES):
        errors.append(f"industry counts {ic}")
    long_calls = sum(1 for c in calls if len(c["turns"]) >= 20)
    if long_calls < 10:
        errors.append(f"only {long_calls} calls with >=20 turns")

for e in errors:
    print("ERROR", e)
if errors:
    sys.exit(1)
for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
def summ():
    print(f"{len(out)} calls, {sum(len(d['turns']) for d in out)} turns")
    print("risk:", Counter(d["labels"]["churn_risk"] for d in out))
    print("industry:", Counter(d["industry"] for d in out))
    print("turns/call:", sorted(len(d["turns"]) for d in out))
    print(">=20 turns:", sum(len(d["turns"]) >= 20 for d in out))
    cat_calls = Counter()
    for d in out:
        for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
            cat_calls[cat] += 1
    print("calls per category:", dict(cat_calls.most_common()))
    print("signal spans:", sum(len(d["labels"]["churn_signals"]) for d in out))
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print(f"QA {k} missing:", [d["id"][-2:] for d in out if not d["labels"]["qa"][k]])
    print("forbidden calls:", [d["id"][-2:] for d in out if d["labels"]["qa"]["forbidden_words"]],
          sum(len(d["labels"]["qa"]["forbidden_words"]) for d in out), "spans")
    print("over_promise calls:", [d["id"][-2:] for d in out if d["labels"]["qa"]["over_promise"]],
          sum(len(d["labels"]["qa"]["over_promise"]) for d in out), "spans")
    print("negative customer turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    print("hard_negative:", [d["id"][-2:] for d in out if "hard_negative" in d["tags"]])
    print("negation:", [d["id"][-2:] for d in out if "negation" in d["tags"]])
    print("big_account:", [d["id"][-2:] for d in out if "big_account" in d["tags"]])
    print("ambiguous:", [d["id"][-2:] for d in out if "ambiguous" in d["tags"]])
summ()
print("OK")
