#!/usr/bin/env python3
"""Build call-u227-NN.json from calls_1.py .. calls_4.py and self-check."""
import json, os, re, sys, collections, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m.CALLS


def parse_turns(t):
    out = []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line.split(" ", 1)
        out.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    return out


def locate(cid, turns, ev, turn=None, speaker=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]
                and (speaker is None or t["speaker"] == speaker)]
        if len(hits) != 1:
            problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
            return -1
        turn = hits[0]
    if ev not in turns[turn]["text"]:
        problems.append(f"{cid}: evidence {ev!r} not in turn {turn}")
    return turn


def span_list(cid, turns, items):
    res = []
    for it in items:
        ev, turn = (it, None) if isinstance(it, str) else (it[1], it[0])
        i = locate(cid, turns, ev, turn, "rep")
        if turns[i]["speaker"] != "rep":
            problems.append(f"{cid}: QA span on non-rep turn {i}")
        res.append({"turn": i, "evidence": ev})
    return res


calls = []
for f in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    if os.path.exists(os.path.join(HERE, f + ".py")):
        calls += load(f)

sentences = collections.defaultdict(set)
for c in calls:
    cid = "call-u227-%02d" % c["n"]
    turns = parse_turns(c["t"])
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]):
            problems.append(f"{cid}: Latin/digit in turn {i}")
        if re.search(r"[,.?!:;]", t["text"]):
            problems.append(f"{cid}: ASCII punctuation in turn {i}")
        for s in re.split(r"[。！？；，]", t["text"]):
            if len(s) >= 8:
                sentences[s].add(cid)
        if i and turns[i - 1]["speaker"] == t["speaker"]:
            problems.append(f"{cid}: same speaker twice at {i}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        if cat not in CATS:
            problems.append(f"{cid}: bad category {cat}")
        i = locate(cid, turns, ev, turn)
        if turns[i]["speaker"] == "rep" and cat != "contact_change":
            problems.append(f"{cid}: signal {cat} on rep turn {i} (check)")
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    if c["risk"] == "none" and sigs:
        problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs:
        problems.append(f"{cid}: {c['risk']} without signals")
    neg = []
    for k in c["neg"]:
        i = k if isinstance(k, int) else locate(cid, turns, k, None, "customer")
        if turns[i]["speaker"] != "customer":
            problems.append(f"{cid}: negative turn {i} is not customer")
        neg.append(i)
    q = c["qa"]
    qa = {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
          "forbidden_words": span_list(cid, turns, c.get("fw", [])),
          "over_promise": span_list(cid, turns, c.get("op", [])),
          "next_step": "X" in q, "closing": "C" in q}
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != bool(re.search("您好|你好", first)):
        problems.append(f"{cid}: greeting flag vs first rep turn")
    if qa["closing"] != bool(re.search("谢|祝", last)):
        problems.append(f"{cid}: closing flag vs last rep turn")
    if not 10 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    tags = list(c["tags"]) + [x for x in dict.fromkeys(s["category"] for s in sigs) if x not in c["tags"]]
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags,
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(set(neg))}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    c["_doc"] = doc

for s, ids in sentences.items():
    if len(ids) > 1:
        problems.append(f"repeated sentence {s!r} in {sorted(ids)}")

# distribution
docs = [c["_doc"] for c in calls]
print("calls", len(docs), "turns", sum(len(d["turns"]) for d in docs))
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in docs))
print("industry", collections.Counter(d["industry"] for d in docs))
print("long (20-30)", sum(len(d["turns"]) >= 20 for d in docs),
      [d["id"][-2:] + ":" + str(len(d["turns"])) for d in docs])
cc = collections.Counter()
for d in docs:
    for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
        cc[cat] += 1
print("calls per category", dict(cc.most_common()),
      "spans", sum(len(d["labels"]["churn_signals"]) for d in docs))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, [d["id"][-2:] for d in docs if not d["labels"]["qa"][k]])
for k in ["forbidden_words", "over_promise"]:
    print(k, [d["id"][-2:] for d in docs if d["labels"]["qa"][k]])
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
tc = collections.Counter(t for d in docs for t in d["tags"])
print("tags", dict(tc.most_common()))
print("PROBLEMS", len(problems))
for p in problems:
    print(" ", p)
