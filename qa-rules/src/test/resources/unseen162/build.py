"""Build call-u162-NN.json from calls_1..4.py and check them.

Calls are authored grouped by churn risk (calls_1 none, calls_2 low, calls_3 medium,
calls_4 high) and then assigned to ids in a fixed shuffled order (seed 162), so the file
number carries no information about the label.
"""
import collections, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]

src = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors = []
if len(src) != 40:
    errors.append(f"expected 40 calls, got {len(src)}")

order = list(range(len(src)))
random.Random(162).shuffle(order)

bad_chars = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ%]")
seen_sent = {}
out = []
for new_idx, k in enumerate(order, 1):
    c = src[k]
    cid = f"call-u162-{new_idx:02d}"
    turns = []
    for i, s in enumerate(c["t"]):
        sp = {"R": "rep", "C": "customer"}[s[0]]
        text = s[1:]
        turns.append({"speaker": sp, "text": text})
        if bad_chars.search(text):
            errors.append(f"{cid} turn {i}: latin letter or digit: {text}")
        for sent in re.split(r"[。？！；]", text):
            if len(sent) >= 10:
                if sent in seen_sent and seen_sent[sent] != cid:
                    errors.append(f"{cid} turn {i}: sentence reused from {seen_sent[sent]}: {sent}")
                seen_sent.setdefault(sent, cid)
    n = len(turns)
    if not 10 <= n <= 30:
        errors.append(f"{cid}: {n} turns")
    for i in range(1, n):
        if turns[i]["speaker"] == turns[i - 1]["speaker"]:
            errors.append(f"{cid}: same speaker twice at turn {i}")

    def span(t, ev, who, what):
        if not 0 <= t < n:
            errors.append(f"{cid} {what}: turn {t} out of range")
            return
        if ev not in turns[t]["text"]:
            errors.append(f"{cid} {what}: evidence not in turn {t}: {ev}")
        if who and turns[t]["speaker"] != who:
            errors.append(f"{cid} {what}: turn {t} is {turns[t]['speaker']}, expected {who}")

    sigs = []
    for cat, t, ev in c["sig"]:
        if cat not in CATS:
            errors.append(f"{cid}: bad category {cat}")
        span(t, ev, None, f"signal {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if c["risk"] == "none" and sigs:
        errors.append(f"{cid}: none call with signals")
    if c["risk"] != "none" and not sigs:
        errors.append(f"{cid}: {c['risk']} call without signals")
    for t, ev in c["fw"]:
        span(t, ev, "rep", "forbidden_words")
    for t, ev in c["op"]:
        span(t, ev, "rep", "over_promise")
    for t in c["neg"]:
        if not 0 <= t < n or turns[t]["speaker"] != "customer":
            errors.append(f"{cid}: negative turn {t} is not a customer turn")
    qa = dict(zip(QA_KEYS, [bool(x) for x in c["qa"]]))
    qa_out = {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
              "needs_discovery": qa["needs_discovery"],
              "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
              "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
              "next_step": qa["next_step"], "closing": qa["closing"]}
    call = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa_out,
                       "customer_negative_turns": sorted(c["neg"])}}
    out.append(call)

# distribution checks
risk = collections.Counter(c["labels"]["churn_risk"] for c in out)
ind = collections.Counter(c["industry"] for c in out)
if any(risk[r] != 10 for r in ["none", "low", "medium", "high"]):
    errors.append(f"risk distribution {dict(risk)}")
if any(ind[i] != 5 for i in INDUSTRIES) or set(ind) - set(INDUSTRIES):
    errors.append(f"industry distribution {dict(ind)}")
lens = [len(c["turns"]) for c in out]
n_long = sum(20 <= x <= 30 for x in lens)
if n_long < 10 or any(not (10 <= x <= 30) for x in lens):
    errors.append(f"turn lengths {lens}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

for c in out:
    with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary for the README
cats = collections.Counter()
for c in out:
    for cat in {s["category"] for s in c["labels"]["churn_signals"]}:
        cats[cat] += 1
print("calls", len(out), "turns", sum(lens), "long(20-30)", n_long, "min", min(lens), "max", max(lens))
print("risk", dict(risk))
print("industry", dict(ind))
print("calls per category", dict(cats.most_common()))
print("signal spans", sum(len(c["labels"]["churn_signals"]) for c in out))
for k in QA_KEYS:
    print("qa missing", k, sum(not c["labels"]["qa"][k] for c in out))
print("forbidden calls", sum(bool(c["labels"]["qa"]["forbidden_words"]) for c in out),
      "over_promise calls", sum(bool(c["labels"]["qa"]["over_promise"]) for c in out))
print("negative turns", sum(len(c["labels"]["customer_negative_turns"]) for c in out))
tags = collections.Counter(t for c in out for t in c["tags"])
print("tags", dict(tags.most_common()))
print("id map:", " ".join(f"{c['id'][-2:]}={c['labels']['churn_risk'][0]}:{len(c['turns'])}" for c in out))
