"""Build call-u182-NN.json from calls_1..4.py and check them."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
SPEAKER = {"r": "rep", "c": "customer"}

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
errors = []
def err(n, msg):
    errors.append(f"u182-{n:02d}: {msg}")

assert sorted(c["n"] for c in calls) == list(range(1, 41)), "call numbers"
sentences = collections.defaultdict(list)
out = []
for c in calls:
    n = c["n"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    if not 8 <= len(turns) <= 12:
        err(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]):
            bad = re.findall(r"[\x00-\x7f]", t["text"])
            err(n, f"turn {i} has ASCII: {bad}")
        for s in re.split(r"[。！？]", t["text"]):
            if len(s) >= 8:
                sentences[s].append(n)
    def check_span(kind, turn, ev, speaker=None):
        if not 0 <= turn < len(turns):
            err(n, f"{kind} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            err(n, f"{kind} evidence not in turn {turn}: {ev}")
        if speaker and turns[turn]["speaker"] != speaker:
            err(n, f"{kind} turn {turn} is not {speaker}")
    sig = []
    for cat, turn, ev in c["sig"]:
        if cat not in CATS:
            err(n, f"bad category {cat}")
        check_span("signal", turn, ev)
        sig.append({"category": cat, "turn": turn, "evidence": ev})
    if c["risk"] == "none" and sig:
        err(n, "none with signals")
    if c["risk"] != "none" and not sig:
        err(n, f"{c['risk']} without signals")
    for turn, ev in c["fw"]:
        check_span("forbidden", turn, ev, "rep")
    for turn, ev in c["op"]:
        check_span("over_promise", turn, ev, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            err(n, f"neg turn {t} not customer")
    for m in c["miss"]:
        assert m in BOOLS, m
    # greeting must be in first rep turn
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != ("greeting" not in c["miss"]):
        err(n, f"greeting label mismatch: first rep turn {first_rep[:12]}")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != ("closing" not in c["miss"]):
        err(n, f"closing label mismatch: {last_rep}")
    qa = {b: b not in c["miss"] for b in BOOLS[:3]}
    qa["forbidden_words"] = [{"turn": t, "evidence": e} for t, e in c["fw"]]
    qa["over_promise"] = [{"turn": t, "evidence": e} for t, e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    tags = list(c["tags"]) + (["short"] if "short" not in c["tags"] else [])
    cid = f"call-u182-{n:02d}"
    out.append((cid, {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags,
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                   "customer_negative_turns": sorted(c["neg"])},
    }))

for s, ns in sentences.items():
    if len(set(ns)) > 1:
        errors.append(f"sentence reused in calls {sorted(set(ns))}: {s}")

risk = collections.Counter(c["risk"] for c in calls)
ind = collections.Counter(c["ind"] for c in calls)
if any(risk[r] != 10 for r in ("none", "low", "medium", "high")):
    errors.append(f"risk distribution {risk}")
if any(ind[i] != 5 for i in INDUSTRIES) or len(ind) != 8:
    errors.append(f"industry distribution {ind}")

if errors:
    print("\n".join(errors)); sys.exit(1)
for cid, obj in out:
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution summary
turns = [len(c["turns"]) for c in calls]
cat_calls = collections.Counter(cat for c in calls for cat in {s[0] for s in c["sig"]})
spans = sum(len(c["sig"]) for c in calls)
print(f"wrote {len(out)} calls, {sum(turns)} turns (min {min(turns)}, max {max(turns)}, "
      f"mean {sum(turns)/len(turns):.1f})")
print("turns per call:", dict(sorted(collections.Counter(turns).items())))
print("risk:", dict(risk))
print("industry:", dict(ind))
print("calls per category:", dict(cat_calls.most_common()), "spans", spans)
for tag in ("hard_negative", "negation", "competitor_mention", "price_mention", "ambiguous",
            "big_account", "silent_churn", "inbound"):
    print(f"tag {tag}: {sum(tag in c['tags'] for c in calls)}",
          [c['n'] for c in calls if tag in c['tags']])
for b in BOOLS:
    print(f"missing {b}: {sum(b in c['miss'] for c in calls)}",
          [c['n'] for c in calls if b in c['miss']])
print("forbidden calls:", [c["n"] for c in calls if c["fw"]],
      "over_promise calls:", [c["n"] for c in calls if c["op"]])
print("customer negative turns:", sum(len(c["neg"]) for c in calls))
