import json, os, re, sys, importlib
OUT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, OUT)
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
LEV = ["none","low","medium","high"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
errs = []
def err(cid, m): errs.append(f"{cid}: {m}")

def parse(s):
    turns, neg = [], []
    for line in s.strip().splitlines():
        line = line.strip()
        if not line: continue
        tag, text = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
    return turns, neg

def locate(cid, turns, ev, turn=None, rep_only=False):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(cid, f"evidence not in turn {turn}: {ev}")
        if rep_only and turns[turn]["speaker"] != "rep": err(cid, f"qa span on non-rep turn {turn}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if len(hits) != 1: err(cid, f"evidence '{ev}' matches turns {hits}"); return hits[0] if hits else 0
    return hits[0]

def build(c):
    n = c["n"]; cid = f"call-u211-{n:02d}"
    turns, neg = parse(c["t"])
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]; tn = s[2] if len(s) > 2 else None
        if cat not in CATS: err(cid, f"bad cat {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev, tn), "evidence": ev})
    q = c["qa"]
    qa = {"greeting": bool(q.get("g", 1)), "self_intro": bool(q.get("s", 1)), "needs_discovery": bool(q.get("n", 1)),
          "forbidden_words": [{"turn": locate(cid, turns, e, None, True), "evidence": e} for e in q.get("fw", [])],
          "over_promise": [{"turn": locate(cid, turns, e, None, True), "evidence": e} for e in q.get("op", [])],
          "next_step": bool(q.get("ns", 1)), "closing": bool(q.get("cl", 1))}
    risk = c["risk"]
    if risk == "none" and sigs: err(cid, "none with signals")
    if risk != "none" and not sigs: err(cid, "risk without signals")
    for t in turns:
        if re.search(r"[A-Za-z0-9]", t["text"]): err(cid, f"latin/digit: {t['text']}")
        if re.search(r"[,?!:;]", t["text"]): err(cid, f"ascii punct: {t['text']}")
    if not (10 <= len(turns) <= 30): err(cid, f"turns {len(turns)}")
    reps = [t for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]["text"] or "你好" in reps[0]["text"])
    if g != qa["greeting"]: err(cid, f"greeting flag {qa['greeting']} vs text")
    cl = any(w in reps[-1]["text"] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: err(cid, f"closing flag {qa['closing']} vs text")
    for i in neg:
        pass
    tags = list(c.get("tags", []))
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    return cid, {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
                 "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}

calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    try: calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError: print("missing", m)
from collections import Counter
out = {}
for c in calls:
    cid, d = build(c); out[cid] = d
    exp_ind = IND[(c["n"] - 1) // 5]
    if c["ind"] != exp_ind: err(cid, f"industry {c['ind']} expected {exp_ind}")
# duplicates sentences
seen = {}
for cid, d in out.items():
    for t in d["turns"]:
        for sent in re.split(r"[。？！]", t["text"]):
            if len(sent) >= 8:
                if sent in seen and seen[sent] != cid: err(cid, f"sentence reused from {seen[sent]}: {sent}")
                seen.setdefault(sent, cid)
for e in errs: print("ERR", e)
for cid, d in out.items():
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
L = [d["labels"] for d in out.values()]
print(len(out), "calls", sum(len(d["turns"]) for d in out.values()), "turns")
print("risk", Counter(l["churn_risk"] for l in L))
print("industry", Counter(d["industry"] for d in out.values()))
print("long(20-30)", sum(1 for d in out.values() if len(d["turns"]) >= 20), "turn counts", sorted(len(d["turns"]) for d in out.values()))
print("cats(calls)", Counter(c for l in L for c in {s["category"] for s in l["churn_signals"]}), "spans", sum(len(l["churn_signals"]) for l in L))
for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
    print("missing", k, [cid for cid, d in out.items() if not d["labels"]["qa"][k]])
print("forbidden", [cid for cid, d in out.items() if d["labels"]["qa"]["forbidden_words"]])
print("over_promise", [cid for cid, d in out.items() if d["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(l["customer_negative_turns"]) for l in L))
print("tags", Counter(t for d in out.values() for t in d["tags"]))
