#!/usr/bin/env python3
"""Build call-u195-NN.json from calls_*.py and self-check the labels."""
import collections, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]

calls = []
for k in range(1, 5):
    p = os.path.join(HERE, f"calls_{k}.py")
    if not os.path.exists(p):
        continue
    spec = importlib.util.spec_from_file_location(f"calls_{k}", p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    calls += m.CALLS

errs, warns = [], []
sent_seen = {}
written = 0
for c in calls:
    cid = "call-u195-%02d" % c["n"]
    turns = []
    for line in c["t"].strip().split("\n"):
        sp, text = line[0], line[2:].strip()
        if sp not in "RC" or line[1] != " ":
            errs.append(f"{cid}: bad line {line[:20]}")
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
    n = len(turns)
    if not 10 <= n <= 30:
        errs.append(f"{cid}: {n} turns")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,.?!:;()\"']", t["text"]):
            errs.append(f"{cid} t{i}: latin/digit/ascii punct: {t['text']}")
        for s in re.split(r"[。？！…]", t["text"]):
            s = s.strip("，、 ")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid:
                    warns.append(f"{cid} t{i}: sentence reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, cid)
    if c["ind"] not in INDS:
        errs.append(f"{cid}: industry {c['ind']}")
    risk = c["risk"]
    sigs = []
    for cat, ti, ev in c.get("sig", []):
        if cat not in CATS:
            errs.append(f"{cid}: category {cat}")
        if ev not in turns[ti]["text"]:
            errs.append(f"{cid}: signal evidence not in t{ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (risk == "none") != (not sigs):
        errs.append(f"{cid}: risk {risk} with {len(sigs)} signals")
    qa = {b: True for b in QA_BOOLS}
    qa.update(c.get("qa", {}))
    spans = {}
    for key in ("fw", "op"):
        spans[key] = []
        for ti, ev in c.get(key, []):
            if turns[ti]["speaker"] != "rep":
                errs.append(f"{cid}: {key} on customer turn {ti}")
            if ev not in turns[ti]["text"]:
                errs.append(f"{cid}: {key} evidence not in t{ti}: {ev}")
            spans[key].append({"turn": ti, "evidence": ev})
    for ti in c.get("neg", []):
        if turns[ti]["speaker"] != "customer":
            errs.append(f"{cid}: negative turn {ti} is not a customer turn")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != bool(re.search("您好|你好", first)):
        warns.append(f"{cid}: greeting={qa['greeting']} vs first rep turn: {first[:20]}")
    if qa["closing"] != bool(re.search("谢|祝", last)):
        warns.append(f"{cid}: closing={qa['closing']} vs last rep turn: {last[-20:]}")
    obj = {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": risk, "churn_signals": sigs,
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"],
                   "forbidden_words": spans["fw"], "over_promise": spans["op"],
                   "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": sorted(c.get("neg", [])),
        },
    }
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    written += 1
    c["_obj"] = obj

# distribution
objs = [c["_obj"] for c in calls]
risk = collections.Counter(o["labels"]["churn_risk"] for o in objs)
ind = collections.Counter(o["industry"] for o in objs)
catcalls = collections.Counter(cat for o in objs for cat in {s["category"] for s in o["labels"]["churn_signals"]})
nt = [len(o["turns"]) for o in objs]
print(f"written {written} calls, {sum(nt)} turns; long (20-30 turns): {sum(x >= 20 for x in nt)}; "
      f"turns min {min(nt)} max {max(nt)} mean {sum(nt)/len(nt):.1f}")
print("risk:", dict(risk)); print("industry:", dict(ind))
print("calls per category:", dict(catcalls.most_common()),
      "signal spans:", sum(len(o["labels"]["churn_signals"]) for o in objs))
print("hard_negative:", sum("hard_negative" in o["tags"] for o in objs),
      "negation:", sum("negation" in o["tags"] for o in objs),
      "ambiguous:", sum("ambiguous" in o["tags"] for o in objs),
      "big_account:", sum("big_account" in o["tags"] for o in objs))
for b in QA_BOOLS:
    print(f"QA {b} missing:", sum(not o["labels"]["qa"][b] for o in objs), end="; ")
print()
print("forbidden-word calls:", sum(bool(o["labels"]["qa"]["forbidden_words"]) for o in objs),
      "over-promise calls:", sum(bool(o["labels"]["qa"]["over_promise"]) for o in objs),
      "negative customer turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"{len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
