#!/usr/bin/env python3
"""Build call-u201-NN.json from calls_*.py.

Markup inside a turn text (ASCII only, stripped on build):
  {category:evidence}  churn signal (category from the guide)
  {FW:evidence}        forbidden words (rep turns only)
  {OP:evidence}        over-promise (rep turns only)
Turn prefix: "R " rep, "C " customer, "C! " customer turn with negative emotion.
qa: string of letters present = true: g greeting, s self_intro, n needs_discovery, x next_step, c closing.
"""
import json, os, re, sys, collections, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
MARK = re.compile(r"\{(\w+):([^{}]+)\}")

calls = []
for i in range(1, 5):
    spec = importlib.util.spec_from_file_location(f"calls_{i}", os.path.join(HERE, f"calls_{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    calls.extend(m.CALLS)

errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

out = []
sent_seen = collections.defaultdict(list)
for c in calls:
    cid = f"call-u201-{c['n']:02d}"
    turns, signals, fw, op, neg = [], [], [], [], []
    for ti, raw in enumerate(c["turns"]):
        pre, text = raw.split(" ", 1)
        if pre not in ("R", "C", "C!"):
            err(cid, f"turn {ti} bad prefix {pre!r}")
        spk = "rep" if pre == "R" else "customer"
        if pre == "C!":
            neg.append(ti)
        spans = MARK.findall(text)
        clean = MARK.sub(lambda mm: mm.group(2), text)
        if re.search(r"[A-Za-z0-9{}:,.?!;]", clean):
            err(cid, f"turn {ti} has Latin/digit/ASCII punct: {clean}")
        for cat, ev in spans:
            if ev not in clean:
                err(cid, f"turn {ti} evidence not substring: {ev}")
            if len(ev) > 22:
                err(cid, f"turn {ti} evidence long ({len(ev)}): {ev}")
            if cat == "FW" or cat == "OP":
                if spk != "rep":
                    err(cid, f"turn {ti} {cat} on customer turn")
                (fw if cat == "FW" else op).append({"turn": ti, "evidence": ev})
            elif cat in CATS:
                signals.append({"category": cat, "turn": ti, "evidence": ev})
            else:
                err(cid, f"turn {ti} unknown category {cat}")
        turns.append({"speaker": spk, "text": clean})
        for s in re.split(r"[。？！；]", clean):
            s = s.strip("，、 ")
            if len(s) >= 8:
                sent_seen[s].append(cid)
    # checks
    if not (10 <= len(turns) <= 30):
        err(cid, f"{len(turns)} turns")
    risk = c["risk"]
    if risk == "none" and signals:
        err(cid, "none call with signals")
    if risk != "none" and not signals:
        err(cid, f"{risk} call without signals")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    qa = c["qa"]
    if ("g" in qa) != bool(re.search("您好|你好", first_rep)):
        err(cid, "greeting flag vs first rep turn mismatch")
    if ("c" in qa) != bool(re.search("谢谢|感谢|祝", last_rep)):
        err(cid, "closing flag vs last rep turn mismatch")
    rec = {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
        "labels": {
            "churn_risk": risk, "churn_signals": signals,
            "qa": {"greeting": "g" in qa, "self_intro": "s" in qa, "needs_discovery": "n" in qa,
                   "forbidden_words": fw, "over_promise": op,
                   "next_step": "x" in qa, "closing": "c" in qa},
            "customer_negative_turns": neg,
        },
    }
    # evidence re-check on the final record
    for s in signals + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            err(cid, f"evidence mismatch {s}")
    out.append(rec)

ns = [c["n"] for c in calls]
if sorted(ns) != list(range(1, 41)):
    errors.append(f"call numbers: {sorted(ns)}")
rc = collections.Counter(r["labels"]["churn_risk"] for r in out)
ic = collections.Counter(r["industry"] for r in out)
if any(rc[k] != 10 for k in ("none", "low", "medium", "high")):
    errors.append(f"risk counts {dict(rc)}")
if set(ic) != set(INDS) or any(v != 5 for v in ic.values()):
    errors.append(f"industry counts {dict(ic)}")
long_calls = sum(1 for r in out if len(r["turns"]) >= 20)
if long_calls < 10:
    errors.append(f"only {long_calls} long calls")
for s, ids in sent_seen.items():
    if len(set(ids)) > 1:
        errors.append(f"sentence reused in {sorted(set(ids))}: {s}")

if errors:
    print("\n".join(errors)); print(f"{len(errors)} errors"); sys.exit(1)
for r in out:
    with open(os.path.join(HERE, r["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1); f.write("\n")

# stats
cat_calls = collections.Counter(); nspans = 0
for r in out:
    cats = {s["category"] for s in r["labels"]["churn_signals"]}
    nspans += len(r["labels"]["churn_signals"]); cat_calls.update(cats)
q = collections.Counter()
for r in out:
    qa = r["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]: q[k + " missing"] += 1
    if qa["forbidden_words"]: q["forbidden_words calls"] += 1
    if qa["over_promise"]: q["over_promise calls"] += 1
tl = [len(r["turns"]) for r in out]
print("risk", dict(rc)); print("industry", dict(ic))
print("turns total", sum(tl), "min", min(tl), "max", max(tl), "long(>=20)", long_calls)
print("category calls", dict(cat_calls.most_common()), "spans", nspans)
print("qa", dict(q))
print("neg turns", sum(len(r["labels"]["customer_negative_turns"]) for r in out))
tg = collections.Counter(t for r in out for t in r["tags"]); print("tags", dict(tg.most_common()))
print(f"wrote {len(out)} files")
