"""Build call-u205-NN.json from calls_1.py .. calls_4.py.

Turn format: (speaker, text, *annotations) with speaker "r" (rep) or "c" (customer).
Annotations: "neg" -> customer negative turn; ("F", ev) forbidden word; ("O", ev) over-promise;
(category, ev) churn signal. qa = five 0/1 chars: greeting, self_intro, needs_discovery,
next_step, closing. Turn indexes are computed here (0-based), so they cannot drift.
"""
import json, os, re, sys, collections, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}

calls = []
for k in range(1, 5):
    try:
        calls += importlib.import_module(f"calls_{k}").CALLS
    except ModuleNotFoundError:
        pass

errors, warns = [], []
sent_seen = {}
out = []
for c in calls:
    cid = f"call-u205-{c['n']:02d}"
    turns, sigs, forb, over, neg = [], [], [], [], []
    for i, t in enumerate(c["turns"]):
        spk = {"r": "rep", "c": "customer"}[t[0]]
        text = t[1]
        turns.append({"speaker": spk, "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            errors.append(f"{cid} t{i}: latin/digit in text")
        if re.search(r"[,.?!:;]", text):
            errors.append(f"{cid} t{i}: ascii punctuation")
        for s in re.split(r"[。！？；]", text):
            s = s.strip("，、 ")
            if len(s) >= 9:
                if s in sent_seen and sent_seen[s] != cid:
                    warns.append(f"{cid} t{i}: sentence reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, cid)
        for a in t[2:]:
            if a == "neg":
                if spk != "customer":
                    errors.append(f"{cid} t{i}: neg on rep turn")
                neg.append(i)
                continue
            kind, ev = a
            if ev not in text:
                errors.append(f"{cid} t{i}: evidence not in text: {ev}")
            if kind == "F":
                if spk != "rep": errors.append(f"{cid} t{i}: F on customer")
                forb.append({"turn": i, "evidence": ev})
            elif kind == "O":
                if spk != "rep": errors.append(f"{cid} t{i}: O on customer")
                over.append({"turn": i, "evidence": ev})
            elif kind in CATS:
                sigs.append({"category": kind, "turn": i, "evidence": ev})
            else:
                errors.append(f"{cid} t{i}: bad annotation {kind}")
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": forb, "over_promise": over,
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]:
        errors.append(f"{cid}: greeting flag {qa['greeting']} vs text {g}")
    cl = bool(re.search(r"谢|祝", reps[-1]))
    if cl != qa["closing"]:
        errors.append(f"{cid}: closing flag {qa['closing']} vs text {cl}")
    if c["ind"] not in INDS: errors.append(f"{cid}: industry")
    if c["risk"] == "none" and sigs: errors.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: errors.append(f"{cid}: {c['risk']} without signals")
    if not (10 <= len(turns) <= 30): errors.append(f"{cid}: {len(turns)} turns")
    out.append({"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
                "turns": turns,
                "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                           "customer_negative_turns": neg}})

for e in errors: print("ERROR", e)
for w in warns: print("WARN", w)
if "--write" in sys.argv and not errors:
    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
# summary
print("calls", len(out), "turns", sum(len(d["turns"]) for d in out))
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in out))
print("industry", collections.Counter(d["industry"] for d in out))
print("ind x risk", sorted(collections.Counter((d["industry"], d["labels"]["churn_risk"]) for d in out).items()))
print("long (20-30)", sum(len(d["turns"]) >= 20 for d in out),
      "turn counts", sorted(len(d["turns"]) for d in out))
cc = collections.Counter()
for d in out:
    for cat in {s["category"] for s in d["labels"]["churn_signals"]}: cc[cat] += 1
print("calls per category", cc.most_common(), "spans", sum(len(d["labels"]["churn_signals"]) for d in out))
for item in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", item, [d["id"][-2:] for d in out if not d["labels"]["qa"][item]])
print("forbidden calls", [d["id"][-2:] for d in out if d["labels"]["qa"]["forbidden_words"]])
print("overpromise calls", [d["id"][-2:] for d in out if d["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("tags", collections.Counter(t for d in out for t in d["tags"]).most_common())
print("errors", len(errors))
