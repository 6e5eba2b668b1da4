# -*- coding: utf-8 -*-
"""Build call-u72-NN.json from calls_def.py and run sanity checks."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
BAD = re.compile(r"[\x00-\x7f]")  # any ASCII (letters, digits, punctuation, spaces)
errors = []

def err(n, msg):
    errors.append(f"call {n:02d}: {msg}")

def find_turn(n, turns, ev, speaker=None, idx=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if idx is not None:
        hits = [idx] if ev in turns[idx]["text"] else []
    if len(hits) != 1:
        err(n, f"evidence {ev!r} found in turns {hits}")
        return None
    i = hits[0]
    if speaker and turns[i]["speaker"] != speaker:
        err(n, f"evidence {ev!r} in turn {i} is not a {speaker} turn")
    return i

def build(c):
    n = c["n"]
    turns = []
    for line in c["t"].strip().split("\n"):
        sp, text = line[0], line[2:]
        assert line[1] == " ", line
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text):
            err(n, f"ASCII char in {text!r}: {BAD.findall(text)}")
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        i = find_turn(n, turns, ev, idx=s[2] if len(s) > 2 else None)
        if cat not in CATS:
            err(n, f"bad category {cat}")
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"] if x["turn"] is not None else -1)
    fw = [{"turn": find_turn(n, turns, e, "rep"), "evidence": e} for e in c["fw"]]
    op = [{"turn": find_turn(n, turns, e, "rep"), "evidence": e} for e in c["op"]]
    neg = sorted({find_turn(n, turns, e, "customer") for e in c["neg"]})
    qa = {k: (k not in c["miss"]) for k in QA_BOOLS}
    # heuristics for greeting / closing
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in reps[0] or "你好" in reps[0])
    if has_greet != qa["greeting"]:
        err(n, "greeting label disagrees with first rep turn")
    has_close = any(w in reps[-1] for w in ("谢", "祝"))
    if has_close != qa["closing"]:
        err(n, "closing label disagrees with last rep turn")
    if c["risk"] == "none" and sigs:
        err(n, "none call with signals")
    if c["risk"] != "none" and not sigs:
        err(n, "non-none call without signals")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    for k, v in (("forbidden_words", fw), ("over_promise", op)):
        pass
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    cid = f"call-u72-{n:02d}"
    return {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                   "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": neg,
        },
    }

def main():
    ns = [c["n"] for c in CALLS]
    assert ns == list(range(1, 41)), ns
    out = [build(c) for c in CALLS]
    # distribution checks
    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    ind = collections.Counter(o["industry"] for o in out)
    if any(risk[r] != 10 for r in ("none", "low", "medium", "high")):
        errors.append(f"risk distribution {dict(risk)}")
    if set(ind) != set(INDS) or any(v != 5 for v in ind.values()):
        errors.append(f"industry distribution {dict(ind)}")
    # repeated sentences across calls
    seen = collections.defaultdict(set)
    for o in out:
        for t in o["turns"]:
            for sent in re.split(r"[。？！]", t["text"]):
                if len(sent) >= 12:
                    seen[sent].add(o["id"])
    for s, ids in seen.items():
        if len(ids) > 1:
            errors.append(f"repeated sentence {s!r} in {sorted(ids)}")
    if errors:
        print("\n".join(errors)); sys.exit(1)
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1); f.write("\n")
    # summary
    cats = collections.Counter()
    spans = 0
    for o in out:
        spans += len(o["labels"]["churn_signals"])
        for c in {s["category"] for s in o["labels"]["churn_signals"]}:
            cats[c] += 1
    print("risk", dict(risk)); print("industry", dict(ind))
    print("calls per category", dict(cats.most_common()), "spans", spans)
    for k in QA_BOOLS:
        print("missing", k, sum(not o["labels"]["qa"][k] for o in out))
    print("qa-miss calls", sum(any(not o["labels"]["qa"][k] for k in QA_BOOLS) for o in out))
    print("forbidden calls", sum(bool(o["labels"]["qa"]["forbidden_words"]) for o in out),
          "over_promise calls", sum(bool(o["labels"]["qa"]["over_promise"]) for o in out))
    print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    print("hard negatives", sum("hard_negative" in o["tags"] for o in out),
          "negation", sum("negation" in o["tags"] for o in out),
          "big_account", sum("big_account" in o["tags"] for o in out))
    print("turns", sum(len(o["turns"]) for o in out),
          "lengths", sorted(len(o["turns"]) for o in out))
    print("wrote", len(out), "files")

main()
