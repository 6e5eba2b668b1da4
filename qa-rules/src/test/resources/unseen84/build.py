import json, os, re, collections
from calls_def import CALLS
here = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
probs = []
for i, c in enumerate(CALLS, 1):
    cid = "call-u84-%02d" % i
    turns = c["turns"]
    if not 8 <= len(turns) <= 30: probs.append((cid, "turns", len(turns)))
    for j, t in enumerate(turns):
        if bad.search(t["text"]): probs.append((cid, j, "ascii", bad.findall(t["text"])))
    for s in c["signals"]:
        if s["evidence"] not in turns[s["turn"]]["text"]: probs.append((cid, "sig", s))
    for k in ("forbidden_words", "over_promise"):
        for s in c["qa"][k]:
            if turns[s["turn"]]["speaker"] != "rep" or s["evidence"] not in turns[s["turn"]]["text"]: probs.append((cid, k, s))
    for n in c["neg"]:
        if turns[n]["speaker"] != "customer": probs.append((cid, "neg", n))
    if (c["risk"] == "none") != (not c["signals"]): probs.append((cid, "risk/signals"))
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": c["signals"], "qa": c["qa"],
                      "customer_negative_turns": c["neg"]}}
    with open(os.path.join(here, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print("problems:", probs)
print(collections.Counter(c["risk"] for c in CALLS))
print(collections.Counter(c["industry"] for c in CALLS))
cats = collections.Counter(cat for c in CALLS for cat in {s["category"] for s in c["signals"]})
print("calls per category", cats, "spans", sum(len(c["signals"]) for c in CALLS))
print("turn lengths", sorted(len(c["turns"]) for c in CALLS), sum(len(c["turns"]) for c in CALLS))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print(k, "missing", [i for i, c in enumerate(CALLS, 1) if not c["qa"][k]])
for k in ("forbidden_words", "over_promise"):
    print(k, [i for i, c in enumerate(CALLS, 1) if c["qa"][k]])
print("neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard negatives", [i for i, c in enumerate(CALLS, 1) if "hard_negative" in c["tags"]])
print("qa-miss calls", [i for i, c in enumerate(CALLS, 1) if not all(c["qa"][k] for k in ("greeting","self_intro","needs_discovery","next_step","closing"))])
