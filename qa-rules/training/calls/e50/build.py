"""Build call-e50-NN.json from calls_1..4.py and check them."""
import json, re, os, sys, collections, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution",
        "furniture","feed","hotel_supplies"]
def load(i):
    spec = importlib.util.spec_from_file_location(f"calls_{i}", os.path.join(HERE, f"calls_{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS
calls = [c for i in range(1,5) if os.path.exists(os.path.join(HERE, f"calls_{i}.py")) for c in load(i)]
errs = []
def err(n, msg): errs.append(f"call {n}: {msg}")
def find(n, turns, ev, who=None, turn=None):
    hits = [i for i,t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"]==who)]
    if turn is not None:
        if turn not in hits: err(n, f"evidence {ev!r} not in turn {turn}")
        return turn
    if len(hits)!=1: err(n, f"evidence {ev!r} matches turns {hits}")
    return hits[0] if hits else -1
bad_chars = re.compile(r"[A-Za-z0-9,\.\?!:;\(\)\"']")
sent_seen = {}; clause_seen = {}; warns = []
out = []
for c in calls:
    n = c["n"]; cid = f"call-e50-{n:02d}"
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        sp, txt = s.split("|", 1)
        if sp not in ("r","c","c!"): err(n, f"bad speaker {sp}")
        if sp == "c!": neg.append(i)
        turns.append({"speaker": "rep" if sp=="r" else "customer", "text": txt})
        if bad_chars.search(txt): err(n, f"turn {i} has latin/digit/ascii punct: {bad_chars.findall(txt)}")
        for sent in re.split(r"(?<=[。？！；])", txt):
            if len(sent) >= 6:
                if sent in sent_seen and sent_seen[sent] != n: err(n, f"sentence reused from call {sent_seen[sent]}: {sent}")
                sent_seen.setdefault(sent, n)
        for cl in re.split(r"[。？！；，、……]", txt):
            if len(cl) >= 6:
                if cl in clause_seen and clause_seen[cl] != n: warns.append(f"call {n}: clause also in call {clause_seen[cl]}: {cl}")
                clause_seen.setdefault(cl, n)
    if not 10 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]; tn = s[2] if len(s)>2 else None
        if cat not in CATS: err(n, f"bad cat {cat}")
        sigs.append({"category": cat, "turn": find(n, turns, ev, turn=tn), "evidence": ev})
    if c["risk"]=="none" and sigs: err(n, "none with signals")
    if c["risk"]!="none" and not sigs: err(n, "risk without signals")
    miss = c.get("miss", "")
    reps = [t["text"] for t in turns if t["speaker"]=="rep"]
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss, "needs_discovery": "n" not in miss,
          "forbidden_words": [{"turn": find(n, turns, e, "rep"), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": find(n, turns, e, "rep"), "evidence": e} for e in c.get("op", [])],
          "next_step": "x" not in miss, "closing": "c" not in miss}
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: err(n, f"greeting heuristic {g} vs label")
    cl = any(w in reps[-1] for w in ("谢谢","感谢","祝","多谢"))
    if cl != qa["closing"]: err(n, f"closing heuristic {cl} vs label")
    if c["ind"] not in INDS: err(n, "bad industry")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    out.append(obj)
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
# distribution
ns = sorted(c["n"] for c in calls)
if ns != list(range(1, len(calls)+1)): errs.append(f"numbering {ns}")
rc = collections.Counter(o["labels"]["churn_risk"] for o in out)
ic = collections.Counter(o["industry"] for o in out)
cc = collections.Counter(cat for o in out for cat in {s["category"] for s in o["labels"]["churn_signals"]})
spans = sum(len(o["labels"]["churn_signals"]) for o in out)
lens = [len(o["turns"]) for o in out]
qa = o = None
miss = collections.Counter()
for ob in out:
    q = ob["labels"]["qa"]
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not q[k]: miss[k] += 1
    if q["forbidden_words"]: miss["forbidden_words_calls"] += 1
    if q["over_promise"]: miss["over_promise_calls"] += 1
tagc = collections.Counter(t for ob in out for t in ob["tags"])
print("calls", len(out), "turns", sum(lens), "long(20-30)", sum(1 for l in lens if l >= 20))
print("risk", dict(rc)); print("industry", dict(ic)); print("categories(calls)", dict(cc.most_common()), "spans", spans)
print("qa", dict(miss)); print("neg turns", sum(len(ob["labels"]["customer_negative_turns"]) for ob in out))
print("tags", dict(tagc.most_common()))
print("turn counts", lens)
for w in warns: print("WARN", w)
for e in errs: print("ERR", e)
print(len(errs), "errors")
