"""Build call-u63-NN.json from calls_def.py and check labels mechanically."""
import json, re, os, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errs = []
stats = collections.Counter()
cat_calls = collections.Counter()
all_texts = collections.Counter()

for c in CALLS:
    cid = "call-u63-%02d" % c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        sp, text = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    def e(msg): errs.append(f"{cid}: {msg}")
    if not 8 <= len(turns) <= 30: e(f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if BAD.search(t["text"]): e(f"turn {i} bad char {BAD.findall(t['text'])}")
        all_texts[t["text"]] += 1
    if c["industry"] not in INDS: e("industry")
    sigs = []
    for cat, ti, ev in c["signals"]:
        if cat not in CATS: e(f"cat {cat}")
        if ev not in turns[ti]["text"]: e(f"signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
        cat_calls[cat] += 0
    for cat in {s["category"] for s in sigs}: cat_calls[cat] += 1
    if (c["risk"] == "none") != (not sigs): e("risk/signals mismatch")
    spans = {}
    for key in ("fw", "op"):
        spans[key] = []
        for ti, ev in c[key]:
            if turns[ti]["speaker"] != "rep": e(f"{key} on non-rep turn {ti}")
            if ev not in turns[ti]["text"]: e(f"{key} evidence not in turn {ti}: {ev}")
            spans[key].append({"turn": ti, "evidence": ev})
    for ti in c["neg"]:
        if turns[ti]["speaker"] != "customer": e(f"neg turn {ti} not customer")
    qa = {"greeting": "g" in c["qa"], "self_intro": "s" in c["qa"], "needs_discovery": "n" in c["qa"],
          "forbidden_words": spans["fw"], "over_promise": spans["op"],
          "next_step": "x" in c["qa"], "closing": "c" in c["qa"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): e("greeting heuristic mismatch")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): e("closing heuristic mismatch")
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    stats["risk_" + c["risk"]] += 1
    stats["ind_" + c["industry"]] += 1
    stats["turns"] += len(turns)
    stats["signals"] += len(sigs)
    stats["neg_turns"] += len(c["neg"])
    stats["gt20"] += len(turns) > 20
    stats["le10"] += len(turns) <= 10
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]: stats["miss_" + k] += 1
    if any(not qa[k] for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")):
        stats["calls_with_miss"] += 1
    stats["fw_calls"] += bool(spans["fw"]); stats["op_calls"] += bool(spans["op"])
    stats["hard_negative"] += "hard_negative" in c["tags"]
    stats["negation"] += "negation" in c["tags"]

dups = [t for t, n in all_texts.items() if n > 1 and len(t) > 6]  # short backchannels may repeat
if dups: errs.append(f"duplicate turns: {dups}")
if len(CALLS) != 40 or sorted(c["n"] for c in CALLS) != list(range(1, 41)): errs.append("numbering")
for k, v in sorted(stats.items()): print(k, v)
print("calls per category:", dict(cat_calls.most_common()))
print("\n".join(errs) or "build checks: 0 problems")
