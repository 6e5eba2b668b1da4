import json, re, os, sys, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
CALLS = []
def C(n, ind, risk, scen, tags, text, sig=(), qa="gsnxc", fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=tags, text=text, sig=sig, qa=qa, fw=fw, op=op))
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
def build():
    errs = []
    for f in sorted(glob.glob(os.path.join(HERE, "calls_*.py"))):
        exec(open(f, encoding="utf-8").read(), {"C": C})
    seen = set()
    for c in CALLS:
        cid = "call-e10-%02d" % c["n"]
        assert cid not in seen, cid; seen.add(cid)
        turns, neg = [], []
        for line in c["text"].strip().splitlines():
            line = line.strip()
            if not line: continue
            sp, txt = line.split(" ", 1)
            if sp == "C!": neg.append(len(turns)); sp = "C"
            turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt.strip()})
        def E(m): errs.append(cid + ": " + m)
        for i, t in enumerate(turns):
            if bad.search(t["text"]): E("bad char turn %d: %s" % (i, bad.findall(t["text"])))
        if not 8 <= len(turns) <= 30: E("turns %d" % len(turns))
        if c["ind"] not in INDS: E("ind")
        def find(ev, rep_only=False):
            hits = [i for i, t in enumerate(turns) if ev in t["text"]]
            if len(hits) != 1: E("evidence %r in %d turns" % (ev, len(hits))); return -1
            if rep_only and turns[hits[0]]["speaker"] != "rep": E("not rep turn %r" % ev)
            return hits[0]
        sigs = []
        for cat, ev in c["sig"]:
            if cat not in CATS: E("cat " + cat)
            sigs.append({"category": cat, "turn": find(ev), "evidence": ev})
        sigs.sort(key=lambda s: s["turn"])
        if (c["risk"] == "none") != (len(sigs) == 0): E("risk/signals mismatch")
        reps = [t["text"] for t in turns if t["speaker"] == "rep"]
        g = "g" in c["qa"]; cl = "c" in c["qa"]
        if g != (("您好" in reps[0]) or ("你好" in reps[0])): E("greeting heuristic mismatch")
        if cl != any(w in reps[-1] for w in ("谢谢", "感谢", "祝", "多谢")): E("closing heuristic mismatch")
        qa = {"greeting": g, "self_intro": "s" in c["qa"], "needs_discovery": "n" in c["qa"],
              "forbidden_words": [{"turn": find(e, True), "evidence": e} for e in c["fw"]],
              "over_promise": [{"turn": find(e, True), "evidence": e} for e in c["op"]],
              "next_step": "x" in c["qa"], "closing": cl}
        tags = list(c["tags"])
        for s in sigs:
            if s["category"] not in tags: tags.append(s["category"])
        n = len(turns); tags.append("short" if n <= 10 else ("medium" if n <= 16 else "long"))
        d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
             "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
        json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(len(CALLS), "calls;", len(errs), "errors")
    for e in errs: print(" ", e)
    return CALLS
if __name__ == "__main__":
    build()
