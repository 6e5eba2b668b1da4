"""Build call-u231-NN.json from calls_1..4.py and check labels mechanically."""
import json, re, sys, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

CALLS = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
SPK = {"R": "rep", "C": "customer", "N": "customer"}
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def locate(cid, turns, ev, turn=None, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        if turn not in hits:
            err(cid, f"evidence not in turn {turn}: {ev}")
        return turn
    if len(hits) != 1:
        err(cid, f"evidence found in {len(hits)} turns: {ev}")
        return hits[0] if hits else -1
    return hits[0]

seen_clauses = collections.defaultdict(list)
out = []
for c in CALLS:
    cid = "call-u231-%02d" % c["n"]
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line[0], line[2:].strip()
        if tag not in SPK or line[1] != "|":
            err(cid, "bad line " + line)
            continue
        if tag == "N":
            neg.append(len(turns))
        turns.append({"speaker": SPK[tag], "text": text})
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]):
            err(cid, f"ascii char in turn {i}: {t['text']}")
        for cl in re.split(r"[，。！？；：、……]+", t["text"]):
            if len(cl) >= 8:
                seen_clauses[cl].append(cid)
    if re.search(r"[A-Za-z0-9]", c["scenario"]):
        err(cid, "latin/digit in scenario")
    sigs = []
    for s in c.get("signals", []):
        cat, ev = s[0], s[1]
        tn = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": tn, "evidence": ev})
    def spans(lst):
        r = []
        for s in lst:
            ev, tn = (s, None) if isinstance(s, str) else (s[1], s[0])
            r.append({"turn": locate(cid, turns, ev, tn, rep_only=True), "evidence": ev})
        return r
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": "x" in q, "closing": "c" in q}
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != bool(re.search("您好|你好", first_rep)):
        err(cid, "greeting flag mismatch")
    if qa["closing"] != bool(re.search("谢|祝", last_rep)):
        err(cid, "closing flag mismatch")
    risk = c["risk"]
    if risk == "none" and sigs:
        err(cid, "none with signals")
    if risk != "none" and not sigs:
        err(cid, "risk without signals")
    if not 10 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    out.append(obj)

for cl, ids in seen_clauses.items():
    if len(ids) > 1:
        errors.append(f"duplicate clause {cl} in {ids}")

if errors:
    print("\n".join(errors)); print(len(errors), "errors"); sys.exit(1)

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution
risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
ind = collections.Counter(o["industry"] for o in out)
cats = collections.Counter()
for o in out:
    for cat in {s["category"] for s in o["labels"]["churn_signals"]}:
        cats[cat] += 1
nt = [len(o["turns"]) for o in out]
qa_miss = collections.Counter()
for o in out:
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not o["labels"]["qa"][k]:
            qa_miss[k] += 1
print("calls", len(out), "turns", sum(nt), "min", min(nt), "max", max(nt), "long(20-30)", sum(20 <= n <= 30 for n in nt))
print("risk", dict(risk)); print("industry", dict(ind)); print("categories", dict(cats))
print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in out))
print("qa missing", dict(qa_miss))
print("forbidden calls", sum(bool(o["labels"]["qa"]["forbidden_words"]) for o in out),
      "spans", sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out))
print("over_promise calls", sum(bool(o["labels"]["qa"]["over_promise"]) for o in out),
      "spans", sum(len(o["labels"]["qa"]["over_promise"]) for o in out))
print("hard_negative", sum("hard_negative" in o["tags"] for o in out),
      "negation", sum("negation" in o["tags"] for o in out),
      "ambiguous", sum("ambiguous" in o["tags"] for o in out),
      "big_account", sum("big_account" in o["tags"] for o in out))
print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
