"""Build call-u174-NN.json from calls_1..4.py and check them."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
QA_KEYS = [("g", "greeting"), ("s", "self_intro"), ("n", "needs_discovery")]

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors = []


def err(n, msg):
    errors.append(f"call {n}: {msg}")


def parse_turns(n, t):
    turns = []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line[0], line[2:].strip()
        if sp not in "RC" or line[1] != " ":
            err(n, f"bad turn line {line!r}")
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
    return turns


out = []
for c in calls:
    n = c["n"]
    turns = parse_turns(n, c["t"])
    if not 8 <= len(turns) <= 12:
        err(n, f"{len(turns)} turns")
    for i, tr in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", tr["text"]):
            err(n, f"turn {i} has latin/digit: {tr['text']}")
        if re.search(r"[,\.\?!:;]", tr["text"]):
            err(n, f"turn {i} has ascii punctuation")
    if re.search(r"[A-Za-z0-9]", c["sc"]):
        err(n, "scenario has latin/digit")
    sig = []
    for cat, ti, ev in c["sig"]:
        if cat not in CATS:
            err(n, f"bad category {cat}")
        if not (0 <= ti < len(turns)) or ev not in turns[ti]["text"]:
            err(n, f"signal evidence not in turn {ti}: {ev}")
        sig.append({"category": cat, "turn": ti, "evidence": ev})
    if c["risk"] == "none" and sig:
        err(n, "none call with signals")
    if c["risk"] != "none" and not sig:
        err(n, f"{c['risk']} call without signals")

    def spans(lst, name):
        res = []
        for ti, ev in lst:
            if not (0 <= ti < len(turns)) or turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                err(n, f"{name} span bad at turn {ti}: {ev}")
            res.append({"turn": ti, "evidence": ev})
        return res

    qa = {
        "greeting": "g" in c["qa"], "self_intro": "s" in c["qa"],
        "needs_discovery": "n" in c["qa"],
        "forbidden_words": spans(c["fw"], "forbidden"),
        "over_promise": spans(c["op"], "over_promise"),
        "next_step": "x" in c["qa"], "closing": "c" in c["qa"],
    }
    # greeting heuristic: first rep turn contains 您好/你好
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        err(n, "greeting flag disagrees with first rep turn")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        err(n, "closing flag disagrees with last rep turn")
    for ti in c["neg"]:
        if not (0 <= ti < len(turns)) or turns[ti]["speaker"] != "customer":
            err(n, f"negative turn {ti} not a customer turn")
    cid = f"call-u174-{n:02d}"
    out.append({
        "id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                   "customer_negative_turns": sorted(c["neg"])},
    })
    if c["ind"] not in INDUSTRIES or c["risk"] not in RISKS:
        err(n, "bad industry/risk")

# originality: no repeated clause (>= 8 chars) across calls
seen = {}
for o in out:
    for i, t in enumerate(o["turns"]):
        for cl in re.split(r"[，。？！、；：…]", t["text"]):
            if len(cl) >= 8:
                if cl in seen and seen[cl] != o["id"]:
                    errors.append(f"clause repeated in {seen[cl]} and {o['id']}: {cl}")
                seen.setdefault(cl, o["id"])

ns = [c["n"] for c in calls]
if sorted(ns) != list(range(1, 41)):
    errors.append(f"call numbers wrong: {ns}")
rc = Counter(o["labels"]["churn_risk"] for o in out)
ic = Counter(o["industry"] for o in out)
if any(rc[r] != 10 for r in RISKS):
    errors.append(f"risk distribution {rc}")
if any(ic[i] != 5 for i in INDUSTRIES):
    errors.append(f"industry distribution {ic}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution summary
nt = [len(o["turns"]) for o in out]
cat_calls = Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
nspans = sum(len(o["labels"]["churn_signals"]) for o in out)
qa_miss = Counter(k for o in out for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")
                  if not o["labels"]["qa"][k])
fw = sum(1 for o in out if o["labels"]["qa"]["forbidden_words"])
op = sum(1 for o in out if o["labels"]["qa"]["over_promise"])
neg = sum(len(o["labels"]["customer_negative_turns"]) for o in out)
tags = Counter(t for o in out for t in o["tags"])
print(f"wrote {len(out)} calls, {sum(nt)} turns, turns/call min {min(nt)} max {max(nt)} "
      f"dist {dict(sorted(Counter(nt).items()))}")
print("risk", dict(rc))
print("industry", dict(ic))
print("calls per category", dict(cat_calls.most_common()), "spans", nspans)
print("qa missing", dict(qa_miss), "forbidden calls", fw, "over_promise calls", op,
      "negative customer turns", neg)
print("tags", dict(tags.most_common()))
