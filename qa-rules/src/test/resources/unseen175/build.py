#!/usr/bin/env python3
"""Build call-u175-NN.json from calls_1.py .. calls_4.py and check them.
Turn lines: 'R text' (rep), 'C text' (customer), 'C! text' (customer turn with negative emotion).
Signals / QA spans are given by evidence; the turn index is found mechanically (unique turn containing it),
or given explicitly as a third tuple element."""
import json, re, os, sys, collections, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = ["price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"]
errs = []; warns = []
calls = []
for k in range(1, 5):
    calls += importlib.import_module(f"calls_{k}").CALLS

def find(turns, ev, cid, want=None, explicit=None):
    if explicit is not None:
        idx = [explicit] if ev in turns[explicit]["text"] else []
    else:
        idx = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(idx) != 1:
        errs.append(f"{cid}: evidence {ev!r} found in turns {idx}"); return None
    if want and turns[idx[0]]["speaker"] != want:
        errs.append(f"{cid}: evidence {ev!r} is in a {turns[idx[0]]['speaker']} turn")
    return idx[0]

sent_seen = {}
out = []
for c in calls:
    cid = f"call-u175-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        if not line: continue
        tag, text = line.split(" ", 1)
        if tag == "C!": neg.append(len(turns)); tag = "C"
        turns.append({"speaker": {"R": "rep", "C": "customer"}[tag], "text": text.strip()})
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]): errs.append(f"{cid} t{i}: latin/digit")
        if re.search(r"[,.?!:;()\"']", t["text"]): errs.append(f"{cid} t{i}: ascii punct")
        for s in re.split(r"[。！？，；]", t["text"]):
            s = s.strip()
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: errs.append(f"{cid} t{i}: clause reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, cid)
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS: errs.append(f"{cid}: bad cat {cat}")
        ti = find(turns, ev, cid, None, s[2] if len(s) > 2 else None)
        if ti is not None: sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst):
        r = []
        for s in lst:
            ev = s if isinstance(s, str) else s[0]
            ti = find(turns, ev, cid, "rep", None if isinstance(s, str) else s[1])
            if ti is not None: r.append({"turn": ti, "evidence": ev})
        return r
    g, si, nd, ns, cl = [bool(x) for x in c["qa"]]
    qa = {"greeting": g, "self_intro": si, "needs_discovery": nd, "forbidden_words": spans(c.get("fw", [])),
          "over_promise": spans(c.get("op", [])), "next_step": ns, "closing": cl}
    risk = c["risk"]
    if risk == "none" and sigs: errs.append(f"{cid}: none with signals")
    if risk != "none" and not sigs: errs.append(f"{cid}: {risk} without signals")
    if c["ind"] not in IND: errs.append(f"{cid}: bad industry")
    reps = [t for t in turns if t["speaker"] == "rep"]
    hg = any(w in reps[0]["text"] for w in ("您好", "你好"))
    if hg != g: warns.append(f"{cid}: greeting label {g} vs heuristic {hg}")
    hc = any(w in reps[-1]["text"] for w in ("谢谢", "感谢", "祝"))
    if hc != cl: warns.append(f"{cid}: closing label {cl} vs heuristic {hc}")
    if not (10 <= len(turns) <= 30): errs.append(f"{cid}: {len(turns)} turns")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    out.append(obj)

ids = [o["id"] for o in out]
if len(set(ids)) != 40 or len(ids) != 40: errs.append(f"ids: {len(ids)} / {len(set(ids))} unique")
rc = collections.Counter(o["labels"]["churn_risk"] for o in out)
ic = collections.Counter(o["industry"] for o in out)
long_ = sum(1 for o in out if len(o["turns"]) >= 20)
print("risk", dict(rc)); print("industry", dict(ic)); print("long calls", long_, "turns total", sum(len(o["turns"]) for o in out))
cc = collections.Counter(cat for o in out for cat in {s["category"] for s in o["labels"]["churn_signals"]})
print("calls per category", dict(cc.most_common()), "spans", sum(len(o["labels"]["churn_signals"]) for o in out))
qa = {k: sum(1 for o in out if not o["labels"]["qa"][k]) for k in ("greeting","self_intro","needs_discovery","next_step","closing")}
print("QA missing", qa, "fw calls", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
      "op calls", sum(1 for o in out if o["labels"]["qa"]["over_promise"]),
      "neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("hard_negative", sum(1 for o in out if "hard_negative" in o["tags"]), "negation", sum(1 for o in out if "negation" in o["tags"]))
if any(v != 10 for v in rc.values()) or len(rc) != 4: errs.append(f"risk dist {dict(rc)}")
if any(v != 5 for v in ic.values()) or len(ic) != 8: errs.append(f"industry dist {dict(ic)}")
if long_ < 10: errs.append(f"only {long_} long calls")
for w in warns: print("WARN", w)
for e in errs: print("ERR", e)
if not errs:
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1); f.write("\n")
    print("wrote", len(out), "files")
print(len(errs), "errors")
