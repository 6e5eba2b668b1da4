"""Build call-u121-NN.json from calls_a..d.py and check them."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for mod in ("calls_a", "calls_b", "calls_c", "calls_d"):
    try:
        CALLS += __import__(mod).CALLS
    except ModuleNotFoundError:
        pass

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
MARK = re.compile(r"\{\{(\w+):(.*?)\}\}")
errors = []


def err(n, msg):
    errors.append(f"call {n}: {msg}")


for c in CALLS:
    n = c["n"]
    cid = f"call-u121-{n:02d}"
    turns, signals, op, fw, neg = [], [], [], [], []
    for i, raw in enumerate(c["turns"]):
        head, text = raw.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[head]
        if head == "C!":
            neg.append(i)
        for cat, ev in MARK.findall(text):
            if cat == "OP":
                (op if spk == "rep" else err(n, "OP in customer turn") or []).append({"turn": i, "evidence": ev})
            elif cat == "FW":
                (fw if spk == "rep" else err(n, "FW in customer turn") or []).append({"turn": i, "evidence": ev})
            elif cat in CATS:
                signals.append({"category": cat, "turn": i, "evidence": ev})
            else:
                err(n, f"bad category {cat}")
        clean = MARK.sub(lambda m: m.group(2), text)
        if re.search(r"[\x00-\x7f]", clean):
            err(n, f"ascii in turn {i}: {clean}")
        turns.append({"speaker": spk, "text": clean})
    for s in signals + op + fw:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            err(n, f"evidence not found {s}")
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    first = turns[rep_idx[0]]["text"]
    if qa["greeting"] != ("您好" in first or "你好" in first):
        err(n, "greeting mismatch")
    last = turns[rep_idx[-1]]["text"]
    if qa["closing"] != any(k in last for k in ("谢谢", "感谢", "祝")):
        err(n, "closing mismatch")
    if c["risk"] == "none" and signals:
        err(n, "none with signals")
    if c["risk"] != "none" and not signals:
        err(n, "risk without signals")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": signals, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
print("calls", len(CALLS), "turns", sum(len(c["turns"]) for c in CALLS))
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["ind"] for c in CALLS))
cat_calls = collections.Counter()
spans = 0
for c in CALLS:
    cats = set()
    for t in c["turns"]:
        for cat, ev in MARK.findall(t):
            if cat in CATS:
                cats.add(cat); spans += 1
    cat_calls.update(cats)
print("category calls", dict(cat_calls.most_common()), "spans", spans)
print("misses", collections.Counter(m for c in CALLS for m in c["miss"]), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("FW calls", sum(1 for c in CALLS if any("{{FW:" in t for t in c["turns"])),
      "OP calls", sum(1 for c in CALLS if any("{{OP:" in t for t in c["turns"])))
print("neg turns", sum(sum(1 for t in c["turns"] if t.startswith("C!:")) for c in CALLS))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "lengths", sorted(len(c["turns"]) for c in CALLS))
print("\n".join(errors) or "no errors")
