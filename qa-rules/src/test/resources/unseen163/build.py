import json, re, sys, os, importlib
sys.dont_write_bytecode = True
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
calls = []
for m in ["calls_1","calls_2","calls_3","calls_4"]:
    try: calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError: print("missing", m)
errs = []
def E(n, msg): errs.append(f"u163-{n:02d}: {msg}")
def find_turn(turns, ev, n, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if len(hits) != 1: E(n, f"evidence {ev!r} found in turns {hits}")
    return hits[0] if hits else -1
sent_seen = {}
out = []
for c in calls:
    n = c["n"]; turns = []; neg = []
    for line in [l.strip() for l in c["t"].strip().splitlines() if l.strip()]:
        p, txt = line.split(":", 1)
        turns.append({"speaker": "rep" if p == "R" else "customer", "text": txt.strip()})
        if p not in ("R", "C", "C!"): E(n, "bad prefix " + p)
        if p == "C!": neg.append(len(turns) - 1)
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9,.?!:;()\"']", t["text"]): E(n, f"latin/ascii in turn {i}: {t['text']}")
        for s in re.split(r"[。！？；]", t["text"]):
            s = s.strip("，、…— ")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != n: E(n, f"sentence reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, n)
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        ti = s[2] if len(s) > 2 else find_turn(turns, ev, n)
        if cat not in CATS: E(n, "bad cat " + cat)
        if ti >= 0 and ev not in turns[ti]["text"]: E(n, f"ev not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst):
        r = []
        for s in lst:
            ti = s[1] if len(s) > 1 else find_turn(turns, s[0], n, True)
            if ti >= 0 and (turns[ti]["speaker"] != "rep" or s[0] not in turns[ti]["text"]): E(n, f"span bad {s}")
            r.append({"turn": ti, "evidence": s[0]})
        return r
    q = c["qa"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if g != bool(q["g"]): E(n, f"greeting mismatch auto={g}")
    if cl != bool(q["c"]): E(n, f"closing mismatch auto={cl}")
    if c["risk"] == "none" and sigs: E(n, "none with signals")
    if c["risk"] != "none" and not sigs: E(n, "no signals")
    if not (10 <= len(turns) <= 30): E(n, f"turn count {len(turns)}")
    if c["ind"] not in IND: E(n, "bad industry")
    rec = {"id": f"call-u163-{n:02d}", "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
                             "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
                             "next_step": bool(q["x"]), "closing": bool(q["c"])},
                      "customer_negative_turns": neg}}
    out.append(rec)
ids = [r["id"] for r in out]
if len(set(ids)) != len(ids): errs.append("dup ids")
for r in out:
    with open(os.path.join(HERE, r["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=1)
# stats
print("calls", len(out))
print("risk", Counter(r["labels"]["churn_risk"] for r in out))
print("industry", Counter(r["industry"] for r in out))
print("ind x risk", sorted(Counter((r["industry"], r["labels"]["churn_risk"]) for r in out).items()))
tl = [len(r["turns"]) for r in out]
print("turns total", sum(tl), "long(20-30)", sum(1 for x in tl if x >= 20), "min", min(tl), "max", max(tl))
print("turns per call", tl)
cc = Counter(); sp = 0
for r in out:
    cs = r["labels"]["churn_signals"]; sp += len(cs)
    for k in set(s["category"] for s in cs): cc[k] += 1
print("calls per cat", dict(cc), "spans", sp)
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print(k, "missing", [r["id"][-2:] for r in out if not r["labels"]["qa"][k]])
print("forbidden", [r["id"][-2:] for r in out if r["labels"]["qa"]["forbidden_words"]], "over_promise", [r["id"][-2:] for r in out if r["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(r["labels"]["customer_negative_turns"]) for r in out))
tg = Counter(t for r in out for t in r["tags"]); print("tags", dict(tg))
print("ERRORS", len(errs)); print("\n".join(errs))
