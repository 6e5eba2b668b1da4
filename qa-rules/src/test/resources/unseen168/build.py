import json, re, sys, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
calls = []
for m in ("calls_1","calls_2","calls_3","calls_4"):
    try:
        calls += __import__(m).CALLS
    except ModuleNotFoundError:
        pass
errs = []
def err(n, msg): errs.append(f"call {n}: {msg}")
def find(n, turns, ev, turn=None, speaker=None):
    if turn is not None:
        if ev not in turns[turn]["text"]: err(n, f"evidence {ev!r} not in turn {turn}")
        if speaker and turns[turn]["speaker"] != speaker: err(n, f"turn {turn} not {speaker}")
        return turn
    hits = [i for i,t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"]==speaker)]
    if len(hits) != 1: err(n, f"evidence {ev!r} found in turns {hits}"); return -1
    return hits[0]
sent_seen = {}
out = []
for c in calls:
    n = c["n"]; cid = f"call-u168-{n:02d}"
    turns, neg = [], []
    for line in [l.strip() for l in c["t"].strip().splitlines() if l.strip()]:
        tag, text = line.split(" ", 1)
        sp = {"r":"rep","c":"customer","c!":"customer"}[tag]
        if tag == "c!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text): err(n, f"latin/digit in {text}")
        if re.search(r"[,\.\?!:;\"']", text): err(n, f"ascii punct in {text}")
        for s in re.split(r"[。？！；]", text):
            s = s.strip()
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != n: err(n, f"sentence reused from call {sent_seen[s]}: {s}")
                sent_seen[s] = n
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS: err(n, f"bad cat {cat}")
        ti = find(n, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    qa = c.get("qa", "GSNXC")
    def spans(lst):
        r = []
        for s in lst:
            ev, t = (s, None) if isinstance(s, str) else s
            r.append({"turn": find(n, turns, ev, t, "rep"), "evidence": ev})
        return r
    reps = [t["text"] for t in turns if t["speaker"]=="rep"]
    g = "G" in qa; cl = "C" in qa
    if g != bool(re.search("您好|你好", reps[0])): err(n, "greeting flag inconsistent")
    if cl != bool(re.search("谢谢|感谢|祝", reps[-1])): err(n, "closing flag inconsistent")
    if c["risk"] == "none" and sigs: err(n, "none with signals")
    if c["risk"] != "none" and not sigs: err(n, "risk without signals")
    if not 10 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    if c["ind"] not in IND: err(n, "bad industry")
    rec = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": "S" in qa, "needs_discovery": "N" in qa,
                             "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
                             "next_step": "X" in qa, "closing": cl},
                      "customer_negative_turns": neg}}
    out.append(rec)
ns = [c["n"] for c in calls]
if len(set(ns)) != len(ns): errs.append("duplicate numbers")
for r in out:
    with open(f"{r['id']}.json", "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1); f.write("\n")
print("calls", len(out), "turns", sum(len(r["turns"]) for r in out))
print("risk", collections.Counter(r["labels"]["churn_risk"] for r in out))
print("industry", collections.Counter(r["industry"] for r in out))
print("long(>=20)", sum(len(r["turns"])>=20 for r in out), "turn lens", sorted(len(r["turns"]) for r in out))
cc = collections.Counter(); spansn = 0
for r in out:
    cs = {s["category"] for s in r["labels"]["churn_signals"]}; cc.update(cs); spansn += len(r["labels"]["churn_signals"])
print("cats(calls)", dict(cc), "spans", spansn)
q = r"labels"
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print("missing", k, sum(not r["labels"]["qa"][k] for r in out))
print("forbidden calls", sum(bool(r["labels"]["qa"]["forbidden_words"]) for r in out), "over_promise calls", sum(bool(r["labels"]["qa"]["over_promise"]) for r in out))
print("neg turns", sum(len(r["labels"]["customer_negative_turns"]) for r in out))
print("hard_negative", sum("hard_negative" in r["tags"] for r in out), "negation", sum("negation" in r["tags"] for r in out))
print("\n".join(errs) if errs else "OK no errors")
