# Builds call-u179-NN.json from calls_1..4.py.
# Turn lines: "R text" / "C text" / "C! text" (negative customer turn).
# Inline spans: {category:evidence} for churn signals, {fw:...} forbidden words, {op:...} over-promise.
import json, re, os, sys, collections, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
SPAN = re.compile(r"\{([a-z_]+):([^{}]+)\}")
calls = []
for i in range(1, 5):
    calls += importlib.import_module(f"calls_{i}").CALLS
errors = []
def err(n, m): errors.append(f"call {n}: {m}")
out = []
for c in calls:
    n = c["n"]; turns = []; sigs = []; fw = []; op = []; neg = []
    for line in [l.strip() for l in c["t"].strip().splitlines() if l.strip()]:
        head, text = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[head]
        idx = len(turns)
        if head == "C!": neg.append(idx)
        spans = SPAN.findall(text)
        plain = SPAN.sub(lambda m: m.group(2), text)
        for cat, ev in spans:
            if cat == "fw":
                if spk != "rep": err(n, f"fw in customer turn {idx}")
                fw.append({"turn": idx, "evidence": ev})
            elif cat == "op":
                if spk != "rep": err(n, f"op in customer turn {idx}")
                op.append({"turn": idx, "evidence": ev})
            elif cat in CATS:
                sigs.append({"category": cat, "turn": idx, "evidence": ev})
            else:
                err(n, f"unknown span tag {cat}")
        if "{" in plain or "}" in plain: err(n, f"stray brace turn {idx}")
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", plain): err(n, f"latin/digit in turn {idx}: {plain}")
        turns.append({"speaker": spk, "text": plain})
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]: err(n, "evidence not substring")
    q = c["qa"]
    if not (10 <= len(turns) <= 30): err(n, f"{len(turns)} turns")
    if c["risk"] == "none" and sigs: err(n, "none call with signals")
    if c["risk"] != "none" and not sigs: err(n, "risk without signals")
    if turns[0]["speaker"] != "rep" and q[0] == "1": pass
    rec = {"id": f"call-u179-{n:02d}", "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
                             "forbidden_words": fw, "over_promise": op,
                             "next_step": q[3] == "1", "closing": q[4] == "1"},
                      "customer_negative_turns": neg}}
    out.append(rec)
# global checks
ns = [c["n"] for c in calls]
if sorted(ns) != list(range(1, 41)): errors.append(f"call numbers {sorted(ns)}")
rk = collections.Counter(r["labels"]["churn_risk"] for r in out)
ik = collections.Counter(r["industry"] for r in out)
if any(rk[k] != 10 for k in ["none","low","medium","high"]): errors.append(f"risk dist {rk}")
if any(ik[k] != 5 for k in INDS) or len(ik) != 8: errors.append(f"industry dist {ik}")
longc = sum(1 for r in out if len(r["turns"]) >= 20)
if longc < 10: errors.append(f"only {longc} long calls")
# duplicate sentence check
seen = {}
for r in out:
    for t in r["turns"]:
        for s in re.split(r"[。！？]", t["text"]):
            if len(s) >= 8:
                if s in seen and seen[s] != r["id"]: errors.append(f"dup sentence {s} in {r['id']} and {seen[s]}")
                seen[s] = r["id"]
if errors:
    print("\n".join(errors)); sys.exit(1)
for r in out:
    with open(os.path.join(HERE, r["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1); f.write("\n")
# stats
cat = collections.Counter(); spans = 0
for r in out:
    for k in {s["category"] for s in r["labels"]["churn_signals"]}: cat[k] += 1
    spans += len(r["labels"]["churn_signals"])
qa = r"greeting self_intro needs_discovery next_step closing".split()
print("calls", len(out), "turns", sum(len(r["turns"]) for r in out))
print("risk", dict(rk))
print("categories (calls)", dict(cat.most_common()), "spans", spans)
print("turns per call", sorted(len(r["turns"]) for r in out), "long(>=20)", longc)
print("QA missing", {k: sum(1 for r in out if not r["labels"]["qa"][k]) for k in qa})
print("fw calls", sum(1 for r in out if r["labels"]["qa"]["forbidden_words"]),
      "op calls", sum(1 for r in out if r["labels"]["qa"]["over_promise"]),
      "fw spans", sum(len(r["labels"]["qa"]["forbidden_words"]) for r in out),
      "op spans", sum(len(r["labels"]["qa"]["over_promise"]) for r in out))
print("neg turns", sum(len(r["labels"]["customer_negative_turns"]) for r in out))
tg = collections.Counter(t for r in out for t in r["tags"])
print("tags", dict(tg.most_common()))
print("OK")
