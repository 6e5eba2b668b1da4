"""Build call-u73-NN.json files from calls_def.py and run consistency checks."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
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


bad_chars = re.compile(r"[\x00-\x7f]")
seen_text = collections.Counter()
for c in CALLS:
    cid = f"call-u73-{c['n']:02d}"
    turns, neg = [], []
    for line in c["text"].strip().split("\n"):
        tag, txt = line[0], line[2:].strip()
        if tag not in "RCN" or line[1] != " ":
            err(cid, f"bad line: {line}")
        if tag == "N":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": txt})
        if bad_chars.search(txt):
            err(cid, f"ASCII char in turn {len(turns)-1}: {bad_chars.findall(txt)}")
        seen_text[txt] += 1
    if bad_chars.search(c["scenario"]):
        err(cid, "ASCII char in scenario")
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    if c["industry"] not in INDUSTRIES:
        err(cid, "industry")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"category {cat}")
        t = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: (x["turn"], turns[x["turn"]]["text"].find(x["evidence"])))
    if (c["risk"] == "none") != (not sigs):
        err(cid, "risk none <=> no signals violated")
    qa = {k: k not in c["miss"] for k in QA_BOOLS}
    qa["forbidden_words"] = [{"turn": locate(cid, turns, e, rep_only=True), "evidence": e} for e in c["forb"]]
    qa["over_promise"] = [{"turn": locate(cid, turns, e, rep_only=True), "evidence": e} for e in c["over"]]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                             "over_promise", "next_step", "closing"]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = "您好" in reps[0] or "你好" in reps[0]
    if has_greet != qa["greeting"]:
        err(cid, "greeting heuristic disagrees")
    has_close = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if has_close != qa["closing"]:
        err(cid, "closing heuristic disagrees")
    has_q = any("？" in r for r in reps)
    if qa["needs_discovery"] and not has_q:
        err(cid, "needs_discovery true but rep asks no question")
    call = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(call, f, ensure_ascii=False, indent=1)
        f.write("\n")

dups = [t for t, n in seen_text.items() if n > 1 and len(t) > 6]
if dups:
    errors.append(f"repeated turn texts across calls: {dups}")

# distribution summary
risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["industry"] for c in CALLS)
cats = collections.Counter()
for c in CALLS:
    for k in {s[0] for s in c["sig"]}:
        cats[k] += 1
miss = collections.Counter(m for c in CALLS for m in c["miss"])
lens = [len(c["text"].strip().split("\n")) for c in CALLS]
print("risk", dict(risk))
print("industry", dict(ind))
print("calls per category", dict(cats.most_common()))
print("signal spans", sum(len(c["sig"]) for c in CALLS))
print("QA misses", dict(miss), "calls with a miss", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if c["forb"]), "over_promise calls", sum(1 for c in CALLS if c["over"]))
print("hard negatives", sum(1 for c in CALLS if "hard_negative" in c["tags"]))
print("neg turns", sum(c["text"].count("\nN ") for c in CALLS))
print("turns", sum(lens), "short(<=11)", sum(l <= 11 for l in lens), "medium(12-18)", sum(12 <= l <= 18 for l in lens), "long(>=19)", sum(l >= 19 for l in lens))
print("\n".join(errors) if errors else "build: 0 errors")
sys.exit(1 if errors else 0)
