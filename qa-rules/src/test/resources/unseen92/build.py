import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
errs = []


def find(turns, ev, speakers, n, what):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        errs.append(f"call {n}: {what} evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]


def build(c):
    n = c["n"]
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if re.search(r"[\x00-\x7f]", text):
            errs.append(f"call {n}: ASCII in {text!r}")
        turns.append({"speaker": sp, "text": text})
    if not 8 <= len(turns) <= 30:
        errs.append(f"call {n}: {len(turns)} turns")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        if len(s) == 3:
            t = s[2]
            if ev not in turns[t]["text"]:
                errs.append(f"call {n}: {ev!r} not in turn {t}")
        else:
            t = find(turns, ev, {"rep", "customer"}, n, "signal")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    miss = set(filter(None, c.get("miss", "").split(",")))
    qa = {k: k not in miss for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, {"rep"}, n, "fw"), "evidence": e} for e in c.get("fw", [])]
    qa["over_promise"] = [{"turn": find(turns, e, {"rep"}, n, "op"), "evidence": e} for e in c.get("op", [])]
    qa["next_step"] = "next_step" not in miss
    qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        errs.append(f"call {n}: greeting mismatch")
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if cl != qa["closing"]:
        errs.append(f"call {n}: closing mismatch")
    risk = c["risk"]
    if (risk == "none") != (not sigs):
        errs.append(f"call {n}: risk {risk} with {len(sigs)} signals")
    cid = f"call-u92-{n:02d}"
    for k in ("scen",):
        if re.search(r"[\x00-\x7f]", c[k]):
            errs.append(f"call {n}: ASCII in scenario")
    return {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
        "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg},
    }


docs = [build(c) for c in CALLS]
assert [c["n"] for c in CALLS] == list(range(1, 41))
print("risk", Counter(d["labels"]["churn_risk"] for d in docs))
print("ind", Counter(d["industry"] for d in docs))
print("turns", sorted(len(d["turns"]) for d in docs), sum(len(d["turns"]) for d in docs))
print("cats", Counter(c for d in docs for c in {s["category"] for s in d["labels"]["churn_signals"]}))
print("spans", sum(len(d["labels"]["churn_signals"]) for d in docs))
qa = Counter()
for d in docs:
    q = d["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]:
            qa[k + "_missing"] += 1
    if q["forbidden_words"]:
        qa["forbidden"] += 1
    if q["over_promise"]:
        qa["over_promise"] += 1
print("qa", dict(qa), "calls with a missing item", sum(1 for d in docs if not all(d["labels"]["qa"][k] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"])))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
print("hard_negative", sum("hard_negative" in d["tags"] for d in docs))
# duplicate sentence check
sent = Counter()
for d in docs:
    for t in d["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                sent[s] += 1
dups = [s for s, k in sent.items() if k > 1]
if dups:
    print("repeated sentences:", dups)
if errs:
    print("\n".join(errs))
    sys.exit(1)
for d in docs:
    with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
print("wrote", len(docs))
