import json, re, sys, os
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
CALLS = []
for m in ("calls_a", "calls_b", "calls_c", "calls_d"):
    try:
        CALLS += __import__(m).CALLS
    except ImportError:
        pass
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
out = os.path.dirname(os.path.abspath(__file__))
errs = []
def find(turns, ev, roles, cid, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]] if turn is None else [turn]
    if len(hits) != 1 or ev not in turns[hits[0]]["text"]:
        errs.append(f"{cid}: evidence {ev!r} hits {hits}"); return -1
    if turns[hits[0]]["speaker"] not in roles:
        errs.append(f"{cid}: evidence {ev!r} on wrong speaker")
    return hits[0]
for c in CALLS:
    cid = f"call-u155-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split(":", 1)
        text = text.strip()
        if BAD.search(text): errs.append(f"{cid}: bad char in {text!r}")
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
    if not 8 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        roles = ("customer", "rep") if cat == "contact_change" else ("customer",)
        sigs.append({"category": cat, "turn": find(turns, ev, roles, cid, s[2] if len(s) > 2 else None), "evidence": ev})
    miss = set(c.get("miss", []))
    qa = {k: k not in miss for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = [{"turn": find(turns, e, ("rep",), cid), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, e, ("rep",), cid), "evidence": e} for e in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{cid}: greeting mismatch")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: errs.append(f"{cid}: closing mismatch")
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk/signals mismatch")
    tags = list(dict.fromkeys(c.get("tags", []) + [s["category"] for s in sigs]))
    if len(turns) <= 11 and "short" not in tags: tags.append("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(CALLS), "calls;", Counter(c["risk"] for c in CALLS), Counter(c["ind"] for c in CALLS))
print("\n".join(errs) or "build checks ok")
