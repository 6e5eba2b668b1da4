# Builds call-u185-NN.json from calls_1..4.py and checks labels mechanically.
import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4
ALL = C1 + C2 + C3 + C4
OUT = os.path.dirname(os.path.abspath(__file__))
INDS = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def err(cid, msg): errs.append(f"{cid}: {msg}")

def locate(cid, turns, ev, rep_only=False, explicit=None):
    if explicit is not None:
        if ev not in turns[explicit]["text"]:
            err(cid, f"evidence {ev!r} not in turn {explicit}")
        if rep_only and turns[explicit]["speaker"] != "rep":
            err(cid, f"qa span {ev!r} not on rep turn")
        return explicit
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if len(hits) != 1:
        err(cid, f"evidence {ev!r} matches turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

seen_text = collections.defaultdict(list)
out = []
for c in ALL:
    cid = "call-u185-%02d" % c["n"]
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        sp, text = raw.split(":", 1)
        if sp == "C!": neg.append(i)
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
        if sp not in ("R", "C", "C!"): err(cid, f"bad speaker {sp}")
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text): err(cid, f"latin/digit in turn {i}")
        if re.search(r"[,\.\?!:;]", text): err(cid, f"ascii punctuation in turn {i}")
        seen_text[text].append(cid)
    n = len(turns)
    if not (10 <= n <= 30): err(cid, f"{n} turns")
    if c["industry"] not in INDS: err(cid, "industry")
    sigs = []
    for s in c["signals"]:
        if len(s) == 2: cat, ev = s; t = locate(cid, turns, ev)
        else: cat, ti, ev = s; t = locate(cid, turns, ev, explicit=ti)
        if cat not in CATS: err(cid, f"cat {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if c["risk"] == "none" and sigs: err(cid, "none with signals")
    if c["risk"] != "none" and not sigs: err(cid, "risk without signals")
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": [{"turn": locate(cid, turns, e, True), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": locate(cid, turns, e, True), "evidence": e} for e in c.get("op", [])],
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != bool(re.search("您好|你好", first)): err(cid, "greeting heuristic mismatch")
    if qa["closing"] != bool(re.search("谢|祝", last)): err(cid, "closing heuristic mismatch")
    for i in neg:
        if turns[i]["speaker"] != "customer": err(cid, "neg on rep")
    present = {x["category"] for x in sigs}
    tags = [t for t in c["tags"] if t not in CATS or t in present]
    tags += sorted(present - set(tags))
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    out.append(obj)

for text, ids in seen_text.items():
    if len(set(ids)) > 1: errs.append(f"turn text reused across calls {sorted(set(ids))}: {text}")
ids = [o["id"] for o in out]
if len(set(ids)) != 40 or len(out) != 40: errs.append(f"count {len(out)} ids {len(set(ids))}")
rc = collections.Counter(o["labels"]["churn_risk"] for o in out)
ic = collections.Counter(o["industry"] for o in out)
if any(rc[k] != 10 for k in ("none","low","medium","high")): errs.append(f"risk dist {dict(rc)}")
if any(ic[k] != 5 for k in INDS): errs.append(f"industry dist {dict(ic)}")
lens = [len(o["turns"]) for o in out]
if sum(1 for l in lens if l >= 20) < 10: errs.append("fewer than 10 long calls")
if any(l < 10 for l in lens): errs.append("call shorter than 10 turns")

for e in errs: print("ERR", e)
if errs and "--force" not in sys.argv: sys.exit(1)
for o in out:
    with open(os.path.join(OUT, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1); f.write("\n")

# distribution summary
cat = collections.Counter(); spans = 0
for o in out:
    for k in {s["category"] for s in o["labels"]["churn_signals"]}: cat[k] += 1
    spans += len(o["labels"]["churn_signals"])
qa = o["labels"]["qa"]
miss = collections.Counter(); fw = op = 0; negt = 0
for o in out:
    q = o["labels"]["qa"]
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not q[k]: miss[k] += 1
    fw += bool(q["forbidden_words"]); op += bool(q["over_promise"]); negt += len(o["labels"]["customer_negative_turns"])
print("calls", len(out), "turns", sum(lens), "risk", dict(rc))
print("turns/call min", min(lens), "max", max(lens), "long(20-30)", sum(1 for l in lens if l >= 20), "lens", lens)
print("categories (calls)", dict(cat.most_common()), "spans", spans)
print("qa missing", dict(miss), "fw calls", fw, "op calls", op, "neg turns", negt)
print("tags", dict(collections.Counter(t for o in out for t in o["tags"]).most_common()))
