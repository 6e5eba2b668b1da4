import json, re, sys, collections
from calls_def import CALLS
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')  # Latin letters, digits, ASCII punctuation (space allowed? no)
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
def find(turns, ev, allowed, n):
    hits = [i for i, (s, t) in enumerate(turns) if s.rstrip("!") in allowed and ev in t]
    if len(hits) != 1:
        problems.append(f"call {n}: evidence {ev!r} matches turns {hits}")
        return -1
    return hits[0]
out = []
for c in CALLS:
    n = c["n"]; turns = c["turns"]
    if not 8 <= len(turns) <= 30: problems.append(f"call {n}: {len(turns)} turns")
    for i, (s, t) in enumerate(turns):
        if s not in ("r", "c", "c!"): problems.append(f"call {n}: bad speaker {s}")
        if BAD.search(t) or " " in t: problems.append(f"call {n} turn {i}: bad char {BAD.search(t)}")
    if BAD.search(c["sc"]): problems.append(f"call {n}: bad char in scenario")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        ti = s[2] if len(s) > 2 else find(turns, ev, ("r", "c"), n)
        if ti >= 0 and ev not in turns[ti][1]: problems.append(f"call {n}: {ev!r} not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs): problems.append(f"call {n}: risk/signals mismatch")
    qa = {k: k not in c["miss"] for k in QA_KEYS}
    for m in c["miss"]:
        if m not in QA_KEYS: problems.append(f"call {n}: bad miss {m}")
    qa["forbidden_words"] = [{"turn": find(turns, e, ("r",), n), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, ("r",), n), "evidence": e} for e in c["op"]]
    order = ["greeting", "self_intro", "needs_discovery", "forbidden_words", "over_promise", "next_step", "closing"]
    qa = {k: qa[k] for k in order}
    neg = [i for i, (s, _) in enumerate(turns) if s == "c!"]
    cid = f"call-u140-{n:02d}"
    out.append({"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
                "turns": [{"speaker": "rep" if s == "r" else "customer", "text": t} for s, t in turns],
                "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}})
if problems:
    print("\n".join(problems)); sys.exit(1)
for d in out:
    with open(d["id"] + ".json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
print(len(out), "calls written")
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in out))
print("industry", collections.Counter(d["industry"] for d in out))
print("cats", collections.Counter(s["category"] for d in out for s in d["labels"]["churn_signals"]))
print("turns", sorted(len(d["turns"]) for d in out))
