#!/usr/bin/env python3
"""Build call-e60-NN.json from calls_1..4.py and check every label mechanically."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
IND = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9,\.\?!:;\(\)\"']")

def load(i):
    spec = importlib.util.spec_from_file_location(f"calls_{i}", os.path.join(HERE, f"calls_{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS

def locate(turns, ev, where, want=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (want is None or t["speaker"] == want)]
    if len(hits) != 1:
        raise SystemExit(f"{where}: evidence {ev!r} found in turns {hits}")
    return hits[0]

def build(c):
    cid = f"call-e60-{c['n']:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split("|", 1)
        tag = tag.strip(); text = text.strip()
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!": neg.append(len(turns))
        if BAD.search(text): raise SystemExit(f"{cid}: latin/digit/ascii punct in {text!r}")
        turns.append({"speaker": sp, "text": text})
    sigs = []
    for s in c.get("signals", []):
        cat, ev = s[0], s[1]
        assert cat in CATS, (cid, cat)
        t = s[2] if len(s) > 2 else locate(turns, ev, cid)
        assert ev in turns[t]["text"], (cid, ev, t)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    def spans(lst):
        out = []
        for ev in lst:
            t = locate(turns, ev, cid, "rep")
            out.append({"turn": t, "evidence": ev})
        return out
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    # sanity checks
    assert c["industry"] in IND, cid
    assert c["risk"] in ("none","low","medium","high"), cid
    if c["risk"] == "none": assert not sigs, f"{cid}: none with signals"
    else: assert sigs, f"{cid}: {c['risk']} without signals"
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    assert g == qa["greeting"], f"{cid}: greeting label {qa['greeting']} vs first rep turn {reps[0]!r}"
    cl = any(w in reps[-1] for w in ("谢谢","感谢","祝"))
    assert cl == qa["closing"], f"{cid}: closing label {qa['closing']} vs last rep turn {reps[-1]!r}"
    assert 10 <= len(turns) <= 30, (cid, len(turns))
    return {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}

def main():
    allc = []
    for i in range(1, 5):
        p = os.path.join(HERE, f"calls_{i}.py")
        if os.path.exists(p): allc += load(i)
    seen = set()
    for c in allc:
        d = build(c)
        assert d["id"] not in seen; seen.add(d["id"])
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(allc)} calls")
    # duplicate sentence check across calls
    sent = {}
    for c in allc:
        for line in c["turns"].strip().splitlines():
            for s in re.split(r"[。！？]", line.split("|",1)[1]):
                s = s.strip()
                if len(s) >= 8: sent.setdefault(s, set()).add(c["n"])
    d = {s: v for s, v in sent.items() if len(v) > 1}
    if d: print("repeated sentences:", d)

if __name__ == "__main__":
    main()
