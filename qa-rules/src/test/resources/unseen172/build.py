"""Build call-u172-NN.json from calls_1.py ... calls_4.py and check the labels."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CALLS = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []


def parse_turns(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line.split("|", 1)
        out.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    return out


def span(turns, t, ev, cid, what, rep_only=False):
    if t >= len(turns) or ev not in turns[t]["text"]:
        where = [i for i, x in enumerate(turns) if ev in x["text"]]
        problems.append(f"{cid} {what}: '{ev}' not in turn {t}; found in {where}")
    elif rep_only and turns[t]["speaker"] != "rep":
        problems.append(f"{cid} {what}: turn {t} is not a rep turn")
    return {"turn": t, "evidence": ev}


sentences = collections.defaultdict(set)
for c in CALLS:
    cid = f"call-u172-{c['n']:02d}"
    turns = parse_turns(c["turns"])
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]):
            problems.append(f"{cid} turn {i}: latin letter or digit")
        if re.search(r"[,.?!:;()\"']", t["text"]):
            problems.append(f"{cid} turn {i}: ascii punctuation")
        for s in re.split(r"[。！？]", t["text"]):
            if len(s) >= 4:
                sentences[s].add(cid)
    sig = [dict(category=cat, **span(turns, t, ev, cid, "signal")) for t, cat, ev in c["signals"]]
    for s in sig:
        if s["category"] not in CATS:
            problems.append(f"{cid} bad category {s['category']}")
    q = c["qa"]
    qa = {"greeting": q["g"], "self_intro": q["si"], "needs_discovery": q["nd"],
          "forbidden_words": [span(turns, t, ev, cid, "forbidden", True) for t, ev in q.get("fw", [])],
          "over_promise": [span(turns, t, ev, cid, "over_promise", True) for t, ev in q.get("op", [])],
          "next_step": q["ns"], "closing": q["cl"]}
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            problems.append(f"{cid} negative turn {t} is not a customer turn")
    if c["risk"] == "none" and sig:
        problems.append(f"{cid} none call with signals")
    if c["risk"] != "none" and not sig:
        problems.append(f"{cid} {c['risk']} call without signals")
    if not (10 <= len(turns) <= 30):
        problems.append(f"{cid} {len(turns)} turns")
    tags = list(c["tags"])
    for s_ in sig:
        if s_["category"] not in tags:
            tags.append(s_["category"])
    for k_ in ["over_promise"]:
        if qa[k_] and k_ not in tags:
            tags.append(k_)
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    c["_doc"] = doc

for s, ids in sentences.items():
    if len(ids) > 1:
        problems.append(f"sentence reused in {sorted(ids)}: {s}")

# distribution
docs = [c["_doc"] for c in CALLS]
print("calls", len(docs), "ids unique", len({d['id'] for d in docs}))
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in docs))
print("industry", collections.Counter(d["industry"] for d in docs))
lens = [len(d["turns"]) for d in docs]
print("turns total", sum(lens), "long(20-30)", sum(1 for x in lens if x >= 20),
      "min", min(lens), "max", max(lens))
print("turns per call", {d["id"][-2:]: len(d["turns"]) for d in docs})
cat_calls = collections.Counter()
for d in docs:
    for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
        cat_calls[cat] += 1
print("calls per category", dict(cat_calls.most_common()))
print("signal spans", sum(len(d["labels"]["churn_signals"]) for d in docs))
tagc = collections.Counter(t for d in docs for t in d["tags"])
print("tags", dict(tagc.most_common()))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("qa missing", k, [d["id"][-2:] for d in docs if not d["labels"]["qa"][k]])
print("forbidden calls", [d["id"][-2:] for d in docs if d["labels"]["qa"]["forbidden_words"]])
print("over_promise calls", [d["id"][-2:] for d in docs if d["labels"]["qa"]["over_promise"]])
print("none calls hard_negative", [d["id"][-2:] for d in docs if d["labels"]["churn_risk"]=="none" and "hard_negative" in d["tags"]])
print("none calls negation", [d["id"][-2:] for d in docs if d["labels"]["churn_risk"]=="none" and "negation" in d["tags"]])
print("big_account", [d["id"][-2:] for d in docs if "big_account" in d["tags"]])
print("ambiguous", [d["id"][-2:] for d in docs if "ambiguous" in d["tags"]])
print("calls with negative turns", sum(1 for d in docs if d["labels"]["customer_negative_turns"]))
print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
print("\n".join(problems) if problems else "build: 0 problems")
