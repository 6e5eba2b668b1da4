"""Build call-u221-NN.json from calls_1..4.py and check labels mechanically."""
import json, os, re, sys, importlib
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
errs = []
def err(m): errs.append(m)

def parse_turns(s):
    out, neg = [], []
    for line in s.strip().splitlines():
        line = line.strip()
        if not line: continue
        code, text = line.split(":", 1)
        sp = {"R": "rep", "C": "customer", "X": "customer"}[code]
        if code == "X": neg.append(len(out))
        out.append({"speaker": sp, "text": text.strip()})
    return out, neg

def locate(cid, turns, ev, who=None, turn=None):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(f"{cid}: evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who: err(f"{cid}: turn {turn} not {who}")
        return turn
    idx = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(idx) != 1: err(f"{cid}: evidence found in {len(idx)} turns: {ev}")
    return idx[0] if idx else -1

calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    try: calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError: print("missing", m)

sent_seen = {}
for c in calls:
    cid = "call-u221-%02d" % c["n"]
    turns, neg = parse_turns(c["t"])
    for i, t in enumerate(turns):
        if re.search(r"[\x00-\x7f]", t["text"]): err(f"{cid}: ascii char in turn {i}: {t['text']}")
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 10:
                if s in sent_seen and sent_seen[s] != cid: err(f"{cid}: sentence reused from {sent_seen[s]}: {s}")
                sent_seen[s] = cid
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS: err(f"{cid}: bad category {cat}")
        ti = locate(cid, turns, ev, turn=s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    f = c["qa"]
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    g = ("您好" in first_rep or "你好" in first_rep)
    if g != ("G" in f): err(f"{cid}: greeting flag {('G' in f)} vs text {g}")
    cl = any(w in last_rep for w in ["谢谢", "感谢", "祝"])
    if cl != ("C" in f): err(f"{cid}: closing flag {('C' in f)} vs text {cl}")
    qa = {"greeting": "G" in f, "self_intro": "I" in f, "needs_discovery": "N" in f,
          "forbidden_words": [{"turn": locate(cid, turns, e, "rep"), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": locate(cid, turns, e, "rep"), "evidence": e} for e in c.get("op", [])],
          "next_step": "X" in f, "closing": "C" in f}
    if c["risk"] == "none" and sigs: err(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: err(f"{cid}: {c['risk']} without signals")
    if not (10 <= len(turns) <= 30): err(f"{cid}: {len(turns)} turns")
    for s in sigs:
        if turns[s["turn"]]["text"].find(s["evidence"]) < 0: err(f"{cid}: evidence check failed")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    c["_obj"] = obj
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)

# distribution
from collections import Counter
print("calls", len(calls), "ids", sorted(c["n"] for c in calls) == list(range(1, len(calls) + 1)))
print("risk", Counter(c["risk"] for c in calls))
print("industry", Counter(c["ind"] for c in calls))
for c in calls:
    if c["ind"] not in INDS: err(f"{c['n']}: bad industry")
nt = [len(c["_obj"]["turns"]) for c in calls]
print("turns total", sum(nt), "long(20-30)", sum(1 for n in nt if n >= 20), "min", min(nt), "max", max(nt))
cats = Counter(); spans = 0
for c in calls:
    s = c["_obj"]["labels"]["churn_signals"]; spans += len(s)
    for k in {x["category"] for x in s}: cats[k] += 1
print("calls per category", dict(cats.most_common()), "spans", spans)
qa = Counter()
for c in calls:
    q = c["_obj"]["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
print("qa", dict(qa))
print("neg turns", sum(len(c["_obj"]["labels"]["customer_negative_turns"]) for c in calls))
print("tags", dict(Counter(t for c in calls for t in c["tags"]).most_common()))
print("\n".join(errs) if errs else "build: 0 errors")
