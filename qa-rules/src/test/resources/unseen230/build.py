"""Build call-u230-NN.json from calls_1..4.py and check them."""
import json, re, sys, collections, pathlib
HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))
import calls_1, calls_2, calls_3, calls_4
CALLS = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
SPK = {"r": "rep", "c": "customer"}
errs = []
def err(n, msg): errs.append(f"u230-{n:02d}: {msg}")

sent_owner = collections.defaultdict(set)
for c in CALLS:
    n = c["n"]; turns = c["turns"]
    if not 8 <= len(turns) <= 12: err(n, f"{len(turns)} turns")
    if c["industry"] not in INDUSTRIES: err(n, "industry")
    for i, (s, t) in enumerate(turns):
        if s not in SPK: err(n, f"speaker {s}")
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t): err(n, f"latin/digit in turn {i}")
        if re.search(r"[,.?!:;()\"'%]", t): err(n, f"ascii punct in turn {i}")
        for sent in re.split(r"[。！？]", t):
            sent = sent.strip()
            if len(sent) >= 2: sent_owner[sent].add(n)
    for cat, ti, ev in c["signals"]:
        if cat not in CATS: err(n, f"bad cat {cat}")
        if ev not in turns[ti][1]: err(n, f"signal evidence not in turn {ti}: {ev}")
    for kind in ("fw", "op"):
        for ti, ev in c[kind]:
            if turns[ti][0] != "r": err(n, f"{kind} span on non-rep turn {ti}")
            if ev not in turns[ti][1]: err(n, f"{kind} evidence not in turn {ti}: {ev}")
    for ti in c["neg"]:
        if turns[ti][0] != "c": err(n, f"neg turn {ti} not customer")
    if (c["risk"] == "none") != (len(c["signals"]) == 0): err(n, "risk/signals mismatch")
    g, s, nd, nx, cl = c["qa"]
    rep_turns = [t for sp, t in turns if sp == "r"]
    if bool(g) != ("您好" in rep_turns[0] or "你好" in rep_turns[0]): err(n, "greeting heuristic mismatch")
    if bool(cl) != any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝")): err(n, "closing heuristic mismatch")

for sent, owners in sent_owner.items():
    if len(owners) > 1: errs.append(f"duplicate sentence {sent!r} in {sorted(owners)}")
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["industry"] for c in CALLS)
if sorted(c["n"] for c in CALLS) != list(range(1, 41)): errs.append("numbering")
if any(risk[k] != 10 for k in ("none", "low", "medium", "high")): errs.append(f"risk {risk}")
if any(ind[k] != 5 for k in INDUSTRIES): errs.append(f"industry {ind}")

for c in CALLS:
    cid = f"call-u230-{c['n']:02d}"
    g, s, nd, nx, cl = c["qa"]
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": [{"speaker": SPK[sp], "text": t} for sp, t in c["turns"]],
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
                      "qa": {"greeting": bool(g), "self_intro": bool(s), "needs_discovery": bool(nd),
                             "forbidden_words": [{"turn": a, "evidence": e} for a, e in c["fw"]],
                             "over_promise": [{"turn": a, "evidence": e} for a, e in c["op"]],
                             "next_step": bool(nx), "closing": bool(cl)},
                      "customer_negative_turns": c["neg"]}}
    (HERE / f"{cid}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# stats
tl = collections.Counter(len(c["turns"]) for c in CALLS)
cats = collections.Counter(cat for c in CALLS for cat in {x[0] for x in c["signals"]})
print("risk", dict(risk)); print("industry", dict(ind)); print("turns/call", dict(sorted(tl.items())),
      "total", sum(len(c["turns"]) for c in CALLS))
print("calls per category", dict(cats.most_common()), "spans", sum(len(c["signals"]) for c in CALLS))
qa_names = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
for i, q in enumerate(qa_names):
    print(f"{q} missing:", [c["n"] for c in CALLS if not c["qa"][i]])
print("forbidden:", [c["n"] for c in CALLS if c["fw"]], "over_promise:", [c["n"] for c in CALLS if c["op"]])
print("neg turns:", sum(len(c["neg"]) for c in CALLS))
for t in ("hard_negative", "negation", "ambiguous", "big_account", "inbound", "cancellation_mention",
          "competitor_mention", "price_mention"):
    print(t, [c["n"] for c in CALLS if t in c["tags"]])
print("risk by industry:", {k: [c["risk"] for c in CALLS if c["industry"] == k] for k in INDUSTRIES})
print("\n".join(errs) if errs else "build checks: 0 problems")
sys.exit(1 if errs else 0)
