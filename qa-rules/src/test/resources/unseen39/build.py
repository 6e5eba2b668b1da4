import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errs = []
def find_turn(turns, ev, who=None, n=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if len(hits) != 1:
        errs.append(f"call {n}: evidence {ev!r} found in turns {hits}")
        return -1
    return hits[0]
seen_sent = Counter()
for c in CALLS:
    n = c["n"]; turns = []; neg = []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        if bad.search(text): errs.append(f"call {n}: bad char in {text!r}: {bad.findall(text)}")
        turns.append({"speaker": sp, "text": text})
        for s in re.split(r"[。？！]", text):
            if len(s) > 8: seen_sent[s] += 1
    if not 8 <= len(turns) <= 30: errs.append(f"call {n}: {len(turns)} turns")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i-1]["speaker"]: errs.append(f"call {n}: same speaker twice at {i}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        t = s[2] if len(s) > 2 else find_turn(turns, ev, None, n)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    fw = [{"turn": find_turn(turns, e, "rep", n), "evidence": e} for e in c["fw"]]
    op = [{"turn": find_turn(turns, e, "rep", n), "evidence": e} for e in c["op"]]
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": fw, "over_promise": op, "next_step": "x" in q, "closing": "c" in q}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != (("您好" in first_rep[:12]) or ("你好" in first_rep[:12])): errs.append(f"call {n}: greeting mismatch")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")): errs.append(f"call {n}: closing mismatch")
    if (c["risk"] == "none") != (len(sigs) == 0): errs.append(f"call {n}: risk/signals mismatch")
    cid = f"call-u39-{n:02d}"
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    for s in sigs:
        assert s["evidence"] in turns[s["turn"]]["text"]
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
dups = [s for s, k in seen_sent.items() if k > 1]
print("repeated sentences:", dups)
print("\n".join(errs) or "no errors")
print(Counter(c["risk"] for c in CALLS), Counter(c["ind"] for c in CALLS))
