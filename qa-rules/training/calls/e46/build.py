import json, re, sys, importlib, collections
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
import mk
for m in ["calls_def1","calls_def2","calls_def3","calls_def4"]:
    try: importlib.import_module(m)
    except ModuleNotFoundError: pass
calls = mk.CALLS
errs = []
def find(turns, ev, spk=None, t=None):
    hits = [i for i,x in enumerate(turns) if ev in x["text"] and (spk is None or x["speaker"]==spk)]
    if t is not None:
        return t if t in hits else None
    return hits[0] if len(hits)==1 else None
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
seen = collections.defaultdict(list)
for c in calls:
    n = c["n"]; cid = "call-e46-%02d" % n
    turns = []; neg = []
    for i, line in enumerate(c["turns"]):
        tag, text = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(i)
        turns.append({"speaker": spk, "text": text.strip()})
        if bad.search(text): errs.append((cid, i, "bad char", bad.findall(text)))
        for s in re.split(r"[。？！；]", text):
            if len(s) >= 9: seen[s].append(cid)
    if not 8 <= len(turns) <= 30: errs.append((cid, "turns", len(turns)))
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]; t = s[2] if len(s) > 2 else None
        assert cat in CATS, (cid, cat)
        ti = find(turns, ev, None, t)
        if ti is None: errs.append((cid, "sig not found/ambiguous", ev))
        else: sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst):
        out = []
        for ev in lst:
            ti = find(turns, ev, "rep")
            if ti is None: errs.append((cid, "qa span", ev))
            else: out.append({"turn": ti, "evidence": ev})
        return out
    qa = {k: (k not in c["miss"]) for k in ["greeting","self_intro","needs_discovery","next_step","closing"]}
    rep_idx = [i for i,t in enumerate(turns) if t["speaker"]=="rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != ("您好" in first or "你好" in first): errs.append((cid, "greeting heuristic"))
    if qa["closing"] != any(w in last for w in ["谢谢","感谢","祝"]): errs.append((cid, "closing heuristic"))
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0): errs.append((cid, "risk/signals mismatch"))
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    if c["op"] and "over_promise" not in tags: tags.append("over_promise")
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    obj = {"id": cid, "industry": IND[(n-1) % 8], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": spans(c["fw"]), "over_promise": spans(c["op"]),
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": neg}}
    if c.get("ind") and c["ind"] != obj["industry"]: errs.append((cid, "industry", c["ind"]))
    json.dump(obj, open(cid + ".json", "w"), ensure_ascii=False, indent=1)
for s, ids in seen.items():
    if len(set(ids)) > 1: errs.append(("dup sentence", s, ids))
for e in errs: print(e)
print(len(calls), "calls;", collections.Counter(c["risk"] for c in calls), "errors", len(errs))
