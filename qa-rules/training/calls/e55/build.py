"""Build call-e55-NN.json from calls_1..4.py and run consistency checks."""
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CALLS
import calls_1, calls_2, calls_3, calls_4  # noqa: F401  (they fill CALLS)

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
problems = []

def find(c, ev, turn=None, rep_only=False):
    idx = [i for i, tt in enumerate(c["turns"]) if ev in tt["text"]
           and (not rep_only or tt["speaker"] == "rep")]
    if turn is not None:
        if turn not in idx:
            problems.append(f"call {c['n']}: evidence {ev!r} not in turn {turn}")
        return turn
    if len(idx) != 1:
        problems.append(f"call {c['n']}: evidence {ev!r} found in turns {idx} (need exactly one)")
        return idx[0] if idx else -1
    return idx[0]

def spans(c, items):
    out = []
    for it in items:
        ev, turn = (it, None) if isinstance(it, str) else it
        out.append({"turn": find(c, ev, turn, rep_only=True), "evidence": ev})
    return out

bad_chars = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]")
sentences = collections.defaultdict(set)
seen = set()
for c in sorted(CALLS, key=lambda c: c["n"]):
    n = c["n"]
    if n in seen: problems.append(f"duplicate call number {n}")
    seen.add(n)
    cid = f"call-e55-{n:02d}"
    for i, tt in enumerate(c["turns"]):
        if bad_chars.search(tt["text"]):
            problems.append(f"{cid} turn {i}: Latin letter or digit: {tt['text']}")
        for s in re.split(r"[。？！；…]", tt["text"]):
            s = s.strip("，、 ")
            if len(s) >= 8:
                sentences[s].add(cid)
    if bad_chars.search(c["scenario"]):
        problems.append(f"{cid}: Latin/digit in scenario")
    sig = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS: problems.append(f"{cid}: bad category {cat}")
        sig.append({"category": cat, "turn": find(c, ev, s[2] if len(s) > 2 else None), "evidence": ev})
    sig.sort(key=lambda x: x["turn"])
    rep_turns = [i for i, tt in enumerate(c["turns"]) if tt["speaker"] == "rep"]
    qa = {"greeting": "G" in c["qa"], "self_intro": "S" in c["qa"], "needs_discovery": "N" in c["qa"],
          "forbidden_words": spans(c, c["fw"]), "over_promise": spans(c, c["op"]),
          "next_step": "X" in c["qa"], "closing": "C" in c["qa"]}
    # mechanical cross-checks of greeting and closing
    g = any(w in c["turns"][rep_turns[0]]["text"] for w in ("您好", "你好"))
    if g != qa["greeting"]: problems.append(f"{cid}: greeting label {qa['greeting']} but first rep turn says {g}")
    cl = any(w in c["turns"][rep_turns[-1]]["text"] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: problems.append(f"{cid}: closing label {qa['closing']} but last rep turn says {cl}")
    nt = len(c["turns"])
    if not (10 <= nt <= 30): problems.append(f"{cid}: {nt} turns")
    if c["risk"] == "none" and sig: problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sig: problems.append(f"{cid}: {c['risk']} without signals")
    for cat in {x["category"] for x in sig}:
        if cat not in c["tags"]: problems.append(f"{cid}: tag {cat} missing")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": c["turns"],
           "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                      "customer_negative_turns": c["negs"]}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    c["obj"] = obj

for s, ids in sentences.items():
    if len(ids) > 1: problems.append(f"sentence reused in {sorted(ids)}: {s}")

# distribution
objs = [c["obj"] for c in sorted(CALLS, key=lambda c: c["n"])]
risk = collections.Counter(o["labels"]["churn_risk"] for o in objs)
ind = collections.Counter(o["industry"] for o in objs)
if len(objs) != 40: problems.append(f"{len(objs)} calls")
if any(risk[r] != 10 for r in ("none", "low", "medium", "high")): problems.append(f"risk {dict(risk)}")
if any(ind[i] != 5 for i in INDS): problems.append(f"industry {dict(ind)}")
nt = [len(o["turns"]) for o in objs]
if sum(1 for x in nt if x >= 20) < 10: problems.append("fewer than ten long calls")
catcalls = collections.Counter(cat for o in objs for cat in {s["category"] for s in o["labels"]["churn_signals"]})
nspans = sum(len(o["labels"]["churn_signals"]) for o in objs)
qa_miss = {k: sum(1 for o in objs if not o["labels"]["qa"][k])
           for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
fw = sum(1 for o in objs if o["labels"]["qa"]["forbidden_words"])
op = sum(1 for o in objs if o["labels"]["qa"]["over_promise"])
negt = sum(len(o["labels"]["customer_negative_turns"]) for o in objs)
tagc = collections.Counter(t for o in objs for t in o["tags"])
print(f"calls {len(objs)}, turns {sum(nt)}, min {min(nt)}, max {max(nt)}, long(20-30) {sum(1 for x in nt if x >= 20)}")
print("risk", dict(risk)); print("industry", dict(ind))
print("categories (calls)", dict(catcalls.most_common()), "spans", nspans)
print("qa missing", qa_miss, "forbidden calls", fw, "over_promise calls", op, "neg turns", negt)
print("tags", dict(tagc.most_common()))
print("long calls", [o["id"] for o in objs if len(o["turns"]) >= 20])
for p in problems: print("PROBLEM", p)
print(f"{len(problems)} build problems")
