#!/usr/bin/env python3
"""Build call-u223-NN.json from calls_1.py .. calls_4.py and check the labels."""
import json, os, re, sys, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]

def load(k):
    spec = importlib.util.spec_from_file_location(f"calls_{k}", os.path.join(HERE, f"calls_{k}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m.CALLS

errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

def locate(cid, turns, ev, turn=None, speaker=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1:
            err(cid, f"evidence {ev!r} found in turns {hits} (need exactly one; give turn)")
            return hits[0] if hits else -1
        turn = hits[0]
    if not (0 <= turn < len(turns)) or ev not in turns[turn]["text"]:
        err(cid, f"evidence {ev!r} not a substring of turn {turn}")
    elif speaker and turns[turn]["speaker"] != speaker:
        err(cid, f"evidence {ev!r} in turn {turn} is not a {speaker} turn")
    return turn

calls = []
for k in range(1, 5):
    calls.extend(load(k))
if len(calls) != 40:
    errors.append(f"expected 40 calls, got {len(calls)}")

seen_text = {}
out = []
for n, c in enumerate(calls, 1):
    cid = f"call-u223-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(":", 1)
        text = text.strip()
        if tag not in ("R", "C", "C!"):
            err(cid, f"bad speaker tag {tag!r}")
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if re.search(r"[A-Za-z0-9]", text):
            err(cid, f"Latin letter or digit in turn {len(turns)-1}: {text}")
        if re.search(r"[,.?!:;()\"']", text):
            err(cid, f"ASCII punctuation in turn {len(turns)-1}: {text}")
        if text in seen_text:
            err(cid, f"turn text reused from {seen_text[text]}: {text}")
        seen_text[text] = cid
    if not 10 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    if c["risk"] not in RISKS:
        err(cid, f"bad risk {c['risk']}")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        t = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    if c["risk"] == "none" and sigs:
        err(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        err(cid, f"{c['risk']} call without signals")
    def spans(lst):
        res = []
        for s in lst:
            ev, t = (s, None) if isinstance(s, str) else (s[0], s[1])
            res.append({"turn": locate(cid, turns, ev, t, "rep"), "evidence": ev})
        return res
    miss = c.get("miss", "")
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss,
          "needs_discovery": "n" not in miss,
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": "x" not in miss, "closing": "c" not in miss}
    # heuristic cross-checks for greeting and closing
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != bool(re.search("您好|你好", first)):
        err(cid, f"greeting={qa['greeting']} but first rep turn: {first}")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", last)):
        err(cid, f"closing={qa['closing']} but last rep turn: {last}")
    for i in neg:
        if turns[i]["speaker"] != "customer":
            err(cid, f"negative turn {i} not customer")
    rec = {"id": cid, "industry": INDUSTRIES[(n - 1) // 5], "scenario": c["scen"],
           "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    out.append(rec)

if errors:
    print("\n".join(errors)); print(f"{len(errors)} problems; nothing written"); sys.exit(1)
for rec in out:
    with open(os.path.join(HERE, rec["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1); f.write("\n")

# summary
from collections import Counter
risk = Counter(r["labels"]["churn_risk"] for r in out)
ind = Counter(r["industry"] for r in out)
cat = Counter(); spans_n = 0
for r in out:
    cs = {s["category"] for s in r["labels"]["churn_signals"]}; cat.update(cs)
    spans_n += len(r["labels"]["churn_signals"])
nt = [len(r["turns"]) for r in out]
qa_miss = Counter(); fw = op = 0
for r in out:
    q = r["labels"]["qa"]
    for key in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not q[key]: qa_miss[key] += 1
    fw += bool(q["forbidden_words"]); op += bool(q["over_promise"])
print("wrote", len(out), "calls")
print("risk", dict(risk)); print("industry", dict(ind))
print("categories (calls)", dict(cat.most_common()), "spans", spans_n)
print("turns total", sum(nt), "min", min(nt), "max", max(nt), "calls with 20-30 turns", sum(20 <= x <= 30 for x in nt))
print("turn counts", nt)
print("qa missing", dict(qa_miss), "forbidden calls", fw, "over-promise calls", op)
print("negative customer turns", sum(len(r["labels"]["customer_negative_turns"]) for r in out))
tags = Counter(t for r in out for t in r["tags"]); print("tags", dict(tags.most_common()))
