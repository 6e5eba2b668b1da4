"""Build call-u167-NN.json from calls_1..4.py and check labels."""
import sys, os, json, re, importlib, collections
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errs = []
calls = []
for k in range(1, 5):
    try:
        calls += importlib.import_module(f"calls_{k}").CALLS
    except ModuleNotFoundError:
        pass

def parse(t):
    turns, neg = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        if tag == "R":
            turns.append({"speaker": "rep", "text": text.strip()})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": text.strip()})
        else:
            raise ValueError(line)
    return turns, neg

def locate(cid, turns, ev, turn=None, rep_only=False):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1:
            errs.append(f"{cid}: evidence {ev!r} found in turns {hits}")
            return -1
        turn = hits[0]
    if ev not in turns[turn]["text"]:
        errs.append(f"{cid}: evidence {ev!r} not in turn {turn}")
    if rep_only and turns[turn]["speaker"] != "rep":
        errs.append(f"{cid}: QA span {ev!r} not on rep turn")
    return turn

def spans(cid, turns, items, rep_only):
    out = []
    for it in items:
        ev, turn = (it, None) if isinstance(it, str) else it
        out.append({"turn": locate(cid, turns, ev, turn, rep_only), "evidence": ev})
    return out

sent_owner = {}
risk_c, ind_c, long_n = collections.Counter(), collections.Counter(), 0
for n, c in enumerate(calls, 1):
    cid = f"call-u167-{n:02d}"
    turns, neg = parse(c["t"])
    miss = c.get("miss", "")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        if cat not in CATS:
            errs.append(f"{cid}: bad category {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev, turn), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss,
          "needs_discovery": "n" not in miss,
          "forbidden_words": spans(cid, turns, c.get("fw", []), True),
          "over_promise": spans(cid, turns, c.get("op", []), True),
          "next_step": "x" not in miss, "closing": "c" not in miss}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    # checks
    if c["ind"] not in INDS: errs.append(f"{cid}: industry {c['ind']}")
    if c["risk"] not in ("none", "low", "medium", "high"): errs.append(f"{cid}: risk")
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk {c['risk']} vs {len(sigs)} signals")
    if not 10 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
    if len(turns) >= 20: long_n += 1
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]): errs.append(f"{cid} t{i}: latin/digit")
        if re.search(r"[,.?!:;()\"']", t["text"]): errs.append(f"{cid} t{i}: ascii punct")
        for snt in re.split(r"[。？！，；：…]", t["text"]):
            if len(snt) >= 7:
                if snt in sent_owner and sent_owner[snt] != (cid, i):
                    errs.append(f"{cid} t{i}: sentence reused from {sent_owner[snt]}: {snt}")
                sent_owner.setdefault(snt, (cid, i))
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if turns[0]["speaker"] == "rep" or True:
        g = bool(re.search("您好|你好", reps[0]))
        if g != qa["greeting"]: errs.append(f"{cid}: greeting label {qa['greeting']} vs text")
    cl = bool(re.search("谢谢|感谢|祝", reps[-1]))
    if cl != qa["closing"]: errs.append(f"{cid}: closing label {qa['closing']} vs text")
    if turns[-1]["speaker"] != "customer" and False: pass
    risk_c[c["risk"]] += 1; ind_c[c["ind"]] += 1
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(calls), "calls; risk", dict(risk_c), "; industries", dict(ind_c), "; long", long_n)
for e in errs:
    print("ERR", e)
print(len(errs), "build errors")
