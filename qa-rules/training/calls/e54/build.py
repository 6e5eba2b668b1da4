"""Build call-e54-NN.json from calls_1..4.py and run consistency checks."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for i in range(1, 5):
    CALLS += __import__(f"calls_{i}").CALLS

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
problems = []
def bad(n, msg): problems.append(f"call {n:02d}: {msg}")

seen_sent = {}
for c in CALLS:
    n = c["n"]
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(c["turns"])]
    if not 8 <= len(turns) <= 12: bad(n, f"{len(turns)} turns")
    if c["ind"] not in INDUSTRIES: bad(n, "industry")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]): bad(n, f"latin/digit in turn {i}")
        if re.search(r"[,.?!:;\"']", t["text"]): bad(n, f"ascii punctuation in turn {i}")
        for s in re.split(r"[。！？]", t["text"]):
            s = s.strip("，")
            if len(s) >= 4:
                if s in seen_sent and seen_sent[s] != n: bad(n, f"sentence reused from call {seen_sent[s]}: {s}")
                seen_sent.setdefault(s, n)
    def span(lst, kind, who=None):
        out = []
        for tix, ev in lst:
            if not 0 <= tix < len(turns): bad(n, f"{kind} turn {tix} out of range"); continue
            if ev not in turns[tix]["text"]: bad(n, f"{kind} evidence not in turn {tix}: {ev}")
            if who and turns[tix]["speaker"] != who: bad(n, f"{kind} turn {tix} not {who}")
            out.append({"turn": tix, "evidence": ev})
        return out
    sigs = []
    for cat, tix, ev in c["sig"]:
        if cat not in CATS: bad(n, f"category {cat}")
        sigs.append({"category": cat, **span([(tix, ev)], "signal")[0]})
    if c["risk"] == "none" and sigs: bad(n, "none call with signals")
    if c["risk"] != "none" and not sigs: bad(n, "non-none call without signals")
    g, s, nd, ns, cl = [ch == "1" for ch in c["qa"]]
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    if g != bool(re.search("您好|你好", turns[rep_idx[0]]["text"])): bad(n, "greeting flag vs text")
    if cl != bool(re.search("谢谢|感谢|祝", turns[rep_idx[-1]]["text"])): bad(n, "closing flag vs text")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": bad(n, f"negative turn {t} is not customer")
    obj = {"id": f"call-e54-{n:02d}", "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": s, "needs_discovery": nd,
                             "forbidden_words": span(c["fw"], "forbidden", "rep"),
                             "over_promise": span(c["op"], "over_promise", "rep"),
                             "next_step": ns, "closing": cl},
                      "customer_negative_turns": sorted(c["neg"])}}
    c["obj"] = obj
    with open(os.path.join(HERE, f"call-e54-{n:02d}.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")

if sorted(c["n"] for c in CALLS) != list(range(1, 41)): problems.append("call numbers not 1..40")
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["ind"] for c in CALLS)
if set(risk.values()) != {10} or len(risk) != 4: problems.append(f"risk distribution {risk}")
if set(ind.values()) != {5} or len(ind) != 8: problems.append(f"industry distribution {ind}")

# stats
objs = [c["obj"] for c in CALLS]
print("risk:", dict(risk))
print("industry x risk:", {k: [c["risk"] for c in CALLS if c["ind"] == k] for k in INDUSTRIES})
tl = [len(o["turns"]) for o in objs]
print("turns:", sum(tl), "min", min(tl), "max", max(tl), collections.Counter(tl))
cat_calls = collections.Counter(); cat_spans = collections.Counter()
for o in objs:
    cs = [s["category"] for s in o["labels"]["churn_signals"]]
    cat_spans.update(cs); cat_calls.update(set(cs))
print("calls per category:", dict(cat_calls.most_common()), "spans", sum(cat_spans.values()))
tags = collections.Counter(t for o in objs for t in o["tags"])
print("tags:", dict(tags.most_common()))
qa = collections.Counter()
for o in objs:
    q = o["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
    qa["forbidden_spans"] += len(q["forbidden_words"]); qa["over_promise_spans"] += len(q["over_promise"])
print("qa:", dict(qa))
print("negative customer turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
print("hard negatives by risk:", collections.Counter(o["labels"]["churn_risk"] for o in objs if "hard_negative" in o["tags"]))
print(f"{len(problems)} problems"); [print(" ", p) for p in problems]
sys.exit(1 if problems else 0)
