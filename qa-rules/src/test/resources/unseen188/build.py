#!/usr/bin/env python3
"""Build call-u188-NN.json from calls_1..4.py and self-check the labels."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
problems = []

def bad(cid, msg):
    problems.append(f"{cid}: {msg}")

def resolve(cid, turns, ev, explicit=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if explicit is not None:
        if ev not in turns[explicit]["text"]:
            bad(cid, f"evidence not in turn {explicit}: {ev}")
        return explicit
    if len(hits) != 1:
        bad(cid, f"evidence {ev!r} found in turns {hits}; give explicit turn")
        return hits[0] if hits else -1
    return hits[0]

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
out = []
for c in calls:
    cid = f"call-u188-{c['n']:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["t"]):
        tag, text = raw.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(i)
        turns.append({"speaker": spk, "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            bad(cid, f"latin/digit in turn {i}")
        if re.search(r"[,.?!:;()\"'%]", text):
            bad(cid, f"ascii punctuation in turn {i}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            bad(cid, f"bad category {cat}")
        turn = resolve(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": turn, "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].find(s["evidence"])))
    def spans(lst):
        r = []
        for s in lst:
            ev, ex = (s, None) if isinstance(s, str) else (s[0], s[1])
            t = resolve(cid, turns, ev, ex, speaker="rep")
            if turns[t]["speaker"] != "rep":
                bad(cid, f"QA span not in rep turn: {ev}")
            r.append({"turn": t, "evidence": ev})
        return r
    q = c["qa"]
    qa = {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["d"]),
          "forbidden_words": spans(c["fw"]), "over_promise": spans(c["op"]),
          "next_step": bool(q["n"]), "closing": bool(q["c"])}
    # checks
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_greet = ("您好" in first_rep or "你好" in first_rep)
    if has_greet != qa["greeting"]:
        bad(cid, f"greeting label {qa['greeting']} but first rep turn greeting={has_greet}")
    if c["risk"] not in RISKS:
        bad(cid, "bad risk")
    if c["risk"] == "none" and sigs:
        bad(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        bad(cid, "non-none call without signals")
    if not (10 <= len(turns) <= 30):
        bad(cid, f"{len(turns)} turns")
    if c["ind"] not in INDUSTRIES:
        bad(cid, "bad industry")
    tags = list(dict.fromkeys(["inbound"] + c["tags"] + (["over_promise"] if qa["over_promise"] else [])
                              + [k for k in CATS if any(s["category"] == k for s in sigs)]))
    out.append({"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
                "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                           "customer_negative_turns": neg}})

# cross-call checks
ids = [o["id"] for o in out]
if len(set(ids)) != 40 or len(ids) != 40:
    problems.append(f"ids: {len(ids)} / unique {len(set(ids))}")
seen = {}
for o in out:
    for i, t in enumerate(o["turns"]):
        for sent in re.split(r"[。！？；…]", t["text"]):
            sent = sent.strip("，、 ")
            if len(sent) >= 8:
                if sent in seen and seen[sent][0] != o["id"]:
                    problems.append(f"duplicate sentence {sent!r} in {seen[sent][0]} and {o['id']}")
                seen.setdefault(sent, (o["id"], i))

risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
ind = collections.Counter(o["industry"] for o in out)
nturns = [len(o["turns"]) for o in out]
long_ = sum(1 for n in nturns if n >= 20)
if any(risk[r] != 10 for r in RISKS): problems.append(f"risk dist {dict(risk)}")
if any(ind[i] != 5 for i in INDUSTRIES): problems.append(f"industry dist {dict(ind)}")
if long_ < 10: problems.append(f"only {long_} long calls")

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
cats = collections.Counter()
spans_n = 0
for o in out:
    cs = {s["category"] for s in o["labels"]["churn_signals"]}
    cats.update(cs)
    spans_n += len(o["labels"]["churn_signals"])
qa_miss = collections.Counter()
for o in out:
    q = o["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]: qa_miss[k] += 1
    if q["forbidden_words"]: qa_miss["forbidden_words_calls"] += 1
    if q["over_promise"]: qa_miss["over_promise_calls"] += 1
print("calls", len(out), "turns", sum(nturns), "min/max", min(nturns), max(nturns), "long(20-30)", long_)
print("risk", dict(risk))
print("industry", dict(ind))
print("calls per category", dict(cats.most_common()), "spans", spans_n)
print("qa", dict(qa_miss))
print("hard_negative", sum("hard_negative" in o["tags"] for o in out),
      "negation", sum("negation" in o["tags"] for o in out),
      "ambiguous", sum("ambiguous" in o["tags"] for o in out),
      "big_account", sum("big_account" in o["tags"] for o in out))
print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("PROBLEMS", len(problems))
for p in problems: print("  ", p)
sys.exit(1 if problems else 0)
