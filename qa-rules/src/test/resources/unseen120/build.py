"""Build call-u120-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []

def err(n, msg):
    errs.append(f"call {n}: {msg}")

for c in CALLS:
    n = c["n"]
    turns = []
    for line in c["turns"]:
        sp, text = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            err(n, f"bad char in {text!r}: {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    if c["industry"] not in INDS:
        err(n, "industry")
    for cat, t, ev in c["signals"]:
        if cat not in CATS: err(n, f"cat {cat}")
        if ev not in turns[t]["text"]: err(n, f"signal ev {ev!r} not in turn {t}")
    if (c["risk"] == "none") != (not c["signals"]):
        err(n, "risk none <-> signals mismatch")
    for t, ev in c["forbidden"] + c["over"]:
        if turns[t]["speaker"] != "rep" or ev not in turns[t]["text"]:
            err(n, f"qa span {ev!r} turn {t}")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": err(n, f"neg turn {t} not customer")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    qa = {k: k not in c["misses"] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
    if qa["greeting"] != ("您好" in first or "你好" in first): err(n, "greeting check")
    has_close = any(w in last for w in ["谢谢", "感谢", "祝"])
    if qa["closing"] != has_close: err(n, "closing check")
    cats_present = sorted({s[0] for s in c["signals"]})
    tags = list(dict.fromkeys(c["tags"] + cats_present + (["short"] if len(turns) <= 11 else [])))
    doc = {
        "id": f"call-u120-{n:02d}", "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": a, "turn": t, "evidence": e} for a, t, e in c["signals"]],
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"],
                   "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["forbidden"]],
                   "over_promise": [{"turn": t, "evidence": e} for t, e in c["over"]],
                   "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    with open(os.path.join(OUT, doc["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)

# duplicate sentences across calls
seen = {}
for c in CALLS:
    for line in c["turns"]:
        for s in re.split(r"[。？！]", line.split(" ", 1)[1]):
            if len(s) >= 10:
                if s in seen and seen[s] != c["n"]: errs.append(f"dup sentence {s!r} in {seen[s]} and {c['n']}")
                seen.setdefault(s, c["n"])

print("calls", len(CALLS), "ids", sorted(c["n"] for c in CALLS) == list(range(1, 41)))
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
print("turns", sum(len(c["turns"]) for c in CALLS), "lengths", sorted(len(c["turns"]) for c in CALLS))
print("calls per category", Counter(cat for c in CALLS for cat in {s[0] for s in c["signals"]}))
print("signal spans", sum(len(c["signals"]) for c in CALLS))
print("misses", Counter(m for c in CALLS for m in c["misses"]), "calls with misses", sum(1 for c in CALLS if c["misses"]))
print("forbidden calls", [c["n"] for c in CALLS if c["forbidden"]], "over calls", [c["n"] for c in CALLS if c["over"]])
print("hard negatives", [c["n"] for c in CALLS if "hard_negative" in c["tags"]], "negation", [c["n"] for c in CALLS if "negation" in c["tags"] and c["risk"] == "none"])
print("neg turns", sum(len(c["neg"]) for c in CALLS))
print("ERRORS", len(errs)); print("\n".join(errs))
