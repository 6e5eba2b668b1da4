import json, os, re, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import calls_a, calls_b, calls_c  # noqa: F401  (registers calls)
from calls_a import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
errors = []

def find(turns, ev, speakers):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        errors.append(f"evidence {ev!r}: hits {hits}")
        return -1
    return hits[0]

for cl in sorted(CALLS, key=lambda x: x["n"]):
    cid = f"call-e37-{cl['n']:02d}"
    turns, neg = [], []
    for line in cl["text"].strip().splitlines():
        tag, txt = line.split(" ", 1)
        if BAD.search(txt) or " " in txt:
            errors.append(f"{cid}: bad char in {txt!r}")
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": txt})
    sigs = []
    for cat, ev in cl["sig"]:
        sigs.append({"category": cat, "turn": find(turns, ev, ("rep", "customer")), "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].find(s["evidence"])))
    miss = cl["miss"].split()
    qa = {k: k not in miss for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": find(turns, ev, ("rep",)), "evidence": ev} for ev in cl["fw"]]
    qa["over_promise"] = [{"turn": find(turns, ev, ("rep",)), "evidence": ev} for ev in cl["op"]]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    if not 8 <= len(turns) <= 30:
        errors.append(f"{cid}: {len(turns)} turns")
    if (cl["risk"] == "none") != (not sigs):
        errors.append(f"{cid}: risk/signals mismatch")
    tags = list(dict.fromkeys(cl["tags"] + sorted({s["category"] for s in sigs})))
    if len(turns) <= 10:
        tags.append("short")
    elif len(turns) >= 16:
        tags.append("long")
    if cl["fw"] and "forbidden_words" not in tags:
        tags.append("forbidden_words")
    if cl["op"] and "over_promise" not in tags:
        tags.append("over_promise")
    doc = {"id": cid, "industry": cl["ind"], "scenario": cl["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": cl["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["ind"] for c in CALLS))
lens = [len(c["text"].strip().splitlines()) for c in CALLS]
print("turns", sorted(lens))
print("\n".join(errors) or "no errors")
