"""Build call-u176-NN.json from calls_1..4.py.
Turn syntax: "R:text" rep, "C:text" customer, "C!:text" customer turn with negative emotion.
Inline markers (stripped from the text, become labels):
  [[c=category|evidence]]  churn signal   [[f|evidence]] forbidden words   [[o|evidence]] over-promise
qa string: five 0/1 flags = greeting, self_intro, needs_discovery, next_step, closing."""
import json, re, sys, collections, importlib
OUT = "/work/data/unseen176"
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
MARK = re.compile(r"\[\[(c=([a-z_]+)|f|o)\|(.+?)\]\]")
calls = []
for k in range(1, 5):
    calls += importlib.import_module(f"calls_{k}").CALLS
errs = []
def err(cid, msg): errs.append(f"{cid}: {msg}")
seen_sent = {}
out = []
for c in calls:
    n, ind, risk, scen, tags, qa, raw = c
    cid = f"call-u176-{n:02d}"
    turns, sig, forb, over, neg = [], [], [], [], []
    for i, t in enumerate(raw):
        sp, text = t.split(":", 1)
        speaker = {"R": "rep", "C": "customer", "C!": "customer"}[sp]
        if sp == "C!": neg.append(i)
        for m in MARK.finditer(text):
            kind, cat, ev = m.group(1), m.group(2), m.group(3)
            if cat:
                if cat not in CATS: err(cid, f"bad cat {cat}")
                sig.append({"category": cat, "turn": i, "evidence": ev})
            elif kind == "f": forb.append({"turn": i, "evidence": ev})
            else: over.append({"turn": i, "evidence": ev})
            if kind in ("f", "o") and speaker != "rep": err(cid, f"qa span on customer turn {i}")
        clean = MARK.sub(lambda m: m.group(3), text)
        if re.search(r"[A-Za-z0-9\[\]|=:,.?!;()]", clean): err(cid, f"turn {i} has ascii: {clean}")
        for s in re.split(r"[。？！]", clean):
            if len(s) >= 12:
                if s in seen_sent and seen_sent[s] != cid: err(cid, f"sentence reused from {seen_sent[s]}: {s}")
                seen_sent[s] = cid
        turns.append({"speaker": speaker, "text": clean})
    for lst in (sig, forb, over):
        for e in lst:
            if e["evidence"] not in turns[e["turn"]]["text"]: err(cid, "evidence not substring")
    if turns[0]["speaker"] != "rep": err(cid, "first turn not rep")
    if not 10 <= len(turns) <= 30: err(cid, f"{len(turns)} turns")
    if ind not in IND: err(cid, "industry")
    if risk == "none" and sig: err(cid, "none with signals")
    if risk != "none" and not sig: err(cid, f"{risk} without signals")
    f = [ch == "1" for ch in qa]
    allt = list(tags)
    for cat in sorted({s["category"] for s in sig}):
        if cat not in allt: allt.append(cat)
    if over and "over_promise" not in allt: allt.append("over_promise")
    d = {"id": cid, "industry": ind, "scenario": scen, "tags": allt, "turns": turns,
         "labels": {"churn_risk": risk, "churn_signals": sig,
                    "qa": {"greeting": f[0], "self_intro": f[1], "needs_discovery": f[2],
                           "forbidden_words": forb, "over_promise": over, "next_step": f[3], "closing": f[4]},
                    "customer_negative_turns": neg}}
    out.append(d)
ids = [d["id"] for d in out]
if sorted(ids) != [f"call-u176-{n:02d}" for n in range(1, 41)]: errs.append(f"ids: {sorted(ids)}")
rc = collections.Counter(d["labels"]["churn_risk"] for d in out)
ic = collections.Counter(d["industry"] for d in out)
if any(rc[r] != 10 for r in ["none","low","medium","high"]): errs.append(f"risk counts {rc}")
if any(ic[i] != 5 for i in IND): errs.append(f"industry counts {ic}")
nlong = sum(len(d["turns"]) >= 20 for d in out)
if nlong < 10: errs.append(f"only {nlong} long calls")
if errs:
    print("\n".join(errs)); sys.exit(1)
for d in out:
    with open(f"{OUT}/{d['id']}.json", "w", encoding="utf-8") as fh:
        json.dump(d, fh, ensure_ascii=False, indent=1); fh.write("\n")
# stats
cat = collections.Counter(); spans = 0
for d in out:
    L = d["labels"]; spans += len(L["churn_signals"])
    for k in {s["category"] for s in L["churn_signals"]}: cat[k] += 1
q = d = None
miss = {k: sum(not x["labels"]["qa"][k] for x in out) for k in ["greeting","self_intro","needs_discovery","next_step","closing"]}
print("written", len(out), "calls,", sum(len(x["turns"]) for x in out), "turns")
print("risk", dict(rc)); print("industry", dict(ic))
print("turns per call", sorted(len(x["turns"]) for x in out), "long(>=20):", nlong)
print("categories (calls)", dict(cat.most_common()), "spans", spans)
print("qa missing", miss)
print("forbidden calls", sum(bool(x["labels"]["qa"]["forbidden_words"]) for x in out),
      "over_promise calls", sum(bool(x["labels"]["qa"]["over_promise"]) for x in out))
print("neg turns", sum(len(x["labels"]["customer_negative_turns"]) for x in out))
print("hard_negative", [x["id"] for x in out if "hard_negative" in x["tags"]])
print("negation", [x["id"] for x in out if "negation" in x["tags"]])
