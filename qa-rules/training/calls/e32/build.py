"""Build call-e32-NN.json from calls_a..d and check labels mechanically."""
import json, re, sys, collections
from calls_a import CALLS as A
from calls_b import CALLS as B
from calls_c import CALLS as C
from calls_d import CALLS as D

CALLS = A + B + C + D
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ ]")
problems = []

def p(msg):
    problems.append(msg)

def build(c):
    cid = "call-e32-%02d" % c["n"]
    turns = []
    for line in c["t"].strip().splitlines():
        sp, text = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    for i, t in enumerate(turns):
        if BAD.search(t["text"]):
            p(f"{cid} turn {i} bad chars: {BAD.findall(t['text'])}")
    if BAD.search(c["sc"]):
        p(f"{cid} scenario bad chars")
    if not 8 <= len(turns) <= 30:
        p(f"{cid} turns {len(turns)}")
    sigs = []
    for cat, ti, ev in c.get("sig", []):
        if cat not in CATS: p(f"{cid} bad cat {cat}")
        if ev not in turns[ti]["text"]: p(f"{cid} sig '{ev}' not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): p(f"{cid} risk/signals mismatch")
    def spans(lst, kind):
        out = []
        for ti, ev in lst:
            if turns[ti]["speaker"] != "rep": p(f"{cid} {kind} not rep turn {ti}")
            if ev not in turns[ti]["text"]: p(f"{cid} {kind} '{ev}' not in turn {ti}")
            out.append({"turn": ti, "evidence": ev})
        return out
    miss = set(c.get("miss", []))
    qa = {"greeting": "greeting" not in miss, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss,
          "forbidden_words": spans(c.get("fw", []), "fw"),
          "over_promise": spans(c.get("op", []), "op"),
          "next_step": "next_step" not in miss, "closing": "closing" not in miss}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep[:6]):
        p(f"{cid} greeting check")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        p(f"{cid} closing check: {last_rep}")
    for ti in c.get("neg", []):
        if turns[ti]["speaker"] != "customer": p(f"{cid} neg turn {ti} not customer")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    if len(turns) >= 17 and "long" not in tags: tags.append("long")
    return cid, {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags,
                 "turns": turns,
                 "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                            "customer_negative_turns": sorted(c.get("neg", []))}}

ns = [c["n"] for c in CALLS]
if ns != list(range(1, 61)): p(f"numbering {ns}")
out = [build(c) for c in CALLS]
risk = collections.Counter(d["labels"]["churn_risk"] for _, d in out)
ind = collections.Counter(d["industry"] for _, d in out)
if set(ind) != set(INDS): p(f"industries {ind}")
if any(risk[r] != 15 for r in ("none", "low", "medium", "high")): p(f"risk {risk}")
# repeated sentences across calls
seen = collections.defaultdict(set)
for cid, d in out:
    for t in d["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 10: seen[s].add(cid)
for s, ids in seen.items():
    if len(ids) > 1: p(f"repeated sentence {s} in {sorted(ids)}")
for cid, d in out:
    with open(f"{cid}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("risk", dict(risk)); print("industry", dict(ind))
cats = collections.Counter(c for _, d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
print("calls per category", dict(cats), "spans", sum(len(d["labels"]["churn_signals"]) for _, d in out))
qa = collections.Counter()
for _, d in out:
    q = d["labels"]["qa"]
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
print("qa", dict(qa), "calls with a miss", sum(1 for _, d in out if not all(d["labels"]["qa"][k] for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"))))
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for _, d in out),
      "turns", sum(len(d["turns"]) for _, d in out),
      "hard_negative", sum("hard_negative" in d["tags"] for _, d in out),
      "negation", sum("negation" in d["tags"] for _, d in out))
print("lengths", sorted(len(d["turns"]) for _, d in out))
print("\n".join(problems) or "build: 0 problems")
