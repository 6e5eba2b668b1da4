"""Build call-u212-NN.json from calls_1..4.py and check labels mechanically."""
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ("calls_1", "calls_2", "calls_3", "calls_4"):
    __import__(m)

OUT = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

def locate(cid, turns, ev, turn=None, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if turn is not None:
        if ev not in turns[turn]["text"]: err(cid, f"evidence not in turn {turn}: {ev}")
        i = turn
    elif len(hits) != 1:
        err(cid, f"evidence found in {len(hits)} turns: {ev}"); return None
    else:
        i = hits[0]
    if rep_only and turns[i]["speaker"] != "rep": err(cid, f"QA span not in rep turn: {ev}")
    return i

def span(x):
    return (x, None) if isinstance(x, str) else (x[0], x[1])

all_texts = collections.Counter()
summary = []
for c in common.CALLS:
    cid = f"call-u212-{c['num']}"
    turns, neg = [], []
    for i, line in enumerate(c["lines"]):
        spk = "rep" if i % 2 == 0 else "customer"
        if line.startswith("!"):
            line = line[1:]
            if spk != "customer": err(cid, f"negative mark on rep turn {i}")
            neg.append(i)
        if re.search(r"[\x00-\x7f]", line): err(cid, f"ASCII char in turn {i}: {line}")
        all_texts[line] += 1
        turns.append({"speaker": spk, "text": line})
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        if cat not in CATS: err(cid, f"bad category {cat}")
        i = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        if i is not None: sigs.append({"category": cat, "turn": i, "evidence": ev})
    sigs.sort(key=lambda d: (d["turn"], turns[d["turn"]]["text"].find(d["evidence"])))
    def spans(lst):
        out = []
        for x in lst:
            ev, t = span(x)
            i = locate(cid, turns, ev, t, rep_only=True)
            if i is not None: out.append({"turn": i, "evidence": ev})
        return out
    g, si, nd, ns, cl = (f == "1" for f in c["qa"])
    qa = {"greeting": g, "self_intro": si, "needs_discovery": nd, "forbidden_words": spans(c["fw"]),
          "over_promise": spans(c["op"]), "next_step": ns, "closing": cl}
    # consistency checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if g != bool(re.search("您好|你好", reps[0])): err(cid, "greeting flag disagrees with first rep turn")
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1])): err(cid, "closing flag disagrees with last rep turn")
    if c["risk"] == "none" and sigs: err(cid, "none call with signals")
    if c["risk"] != "none" and not sigs: err(cid, "non-none call without signals")
    if not (10 <= len(turns) <= 30): err(cid, f"{len(turns)} turns")
    if "inbound" not in c["tags"]: err(cid, "missing inbound tag")
    if c["industry"] not in INDUSTRIES: err(cid, "bad industry")
    rec = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
    summary.append(rec)

for t, n in all_texts.items():
    if n > 1 and len(t) > 6: errors.append(f"duplicate turn text x{n}: {t}")
for s in summary:  # every evidence re-checked on the written records
    for x in s["labels"]["churn_signals"] + s["labels"]["qa"]["forbidden_words"] + s["labels"]["qa"]["over_promise"]:
        assert x["evidence"] in s["turns"][x["turn"]]["text"], (s["id"], x)

print("calls:", len(summary))
print("risk:", dict(collections.Counter(s["labels"]["churn_risk"] for s in summary)))
print("industry:", dict(collections.Counter(s["industry"] for s in summary)))
print("industry x risk:", sorted(collections.Counter((s["industry"], s["labels"]["churn_risk"]) for s in summary).items()))
nt = [len(s["turns"]) for s in summary]
print("turns total", sum(nt), "min", min(nt), "max", max(nt), "long(20-30):", sum(20 <= n <= 30 for n in nt), "short(10-19):", sum(10 <= n <= 19 for n in nt))
cat = collections.Counter(); spans_n = 0
for s in summary:
    cs = {x["category"] for x in s["labels"]["churn_signals"]}; spans_n += len(s["labels"]["churn_signals"])
    cat.update(cs)
print("calls per category:", dict(cat.most_common()), "signal spans:", spans_n)
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print(f"  {k} missing:", [s["id"][-2:] for s in summary if not s["labels"]["qa"][k]])
for k in ["forbidden_words", "over_promise"]:
    print(f"  {k} in:", [s["id"][-2:] for s in summary if s["labels"]["qa"][k]], "spans", sum(len(s["labels"]["qa"][k]) for s in summary))
print("negative customer turns:", sum(len(s["labels"]["customer_negative_turns"]) for s in summary))
for tg in ["hard_negative", "negation", "ambiguous", "big_account", "silent_churn"]:
    print(f"  tag {tg}:", [s["id"][-2:] for s in summary if tg in s["tags"]])
print("ERRORS:", len(errors)); print("\n".join(errors))
sys.exit(1 if errors else 0)
