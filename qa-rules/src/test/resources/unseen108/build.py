import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
bad_chars = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []

def locate(turns, ev, who, n, explicit=None):
    hits = [i for i, (s, t) in enumerate(turns) if ev in t and (who is None or s.startswith(who))]
    if explicit is not None:
        if explicit not in hits:
            problems.append(f"{n}: evidence {ev!r} not in turn {explicit}")
        return explicit
    if len(hits) != 1:
        problems.append(f"{n}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

risk_count = collections.Counter(); ind_count = collections.Counter(); cat_calls = collections.Counter()
seen_text = collections.Counter()
for c in CALLS:
    n = c["n"]; cid = f"call-u108-{n:02d}"
    turns = c["t"]
    if not 8 <= len(turns) <= 30: problems.append(f"{n}: {len(turns)} turns")
    for s, t in turns:
        if bad_chars.search(t): problems.append(f"{n}: bad char in {t!r}")
        seen_text[t] += 1
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        ti = locate(turns, ev, None, n, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if c["risk"] == "none" and sigs: problems.append(f"{n}: none with signals")
    if c["risk"] != "none" and not sigs: problems.append(f"{n}: risk without signals")
    miss = set(x for x in c.get("miss", "").split(",") if x)
    qa = {k: (k not in miss) for k in QA_KEYS}
    fw = [{"turn": locate(turns, e, "r", n), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": locate(turns, e, "r", n), "evidence": e} for e in c.get("op", [])]
    qa_out = {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
              "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]}
    neg = [i for i, (s, t) in enumerate(turns) if s == "c!"]
    # greeting sanity
    first_rep = next(t for s, t in turns if s == "r")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): problems.append(f"{n}: greeting mismatch")
    last_rep = [t for s, t in turns if s == "r"][-1]
    if qa["closing"] != any(w in last_rep for w in ("谢谢", "感谢", "祝")): problems.append(f"{n}: closing mismatch")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
           "turns": [{"speaker": "rep" if s == "r" else "customer", "text": t} for s, t in turns],
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa_out, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    risk_count[c["risk"]] += 1; ind_count[c["ind"]] += 1
    for cat in set(s["category"] for s in sigs): cat_calls[cat] += 1
dups = [t for t, k in seen_text.items() if k > 1]
if dups: problems.append(f"duplicate turns: {dups}")
print("calls", len(CALLS), "turns", sum(len(c["t"]) for c in CALLS))
print("risk", dict(risk_count)); print("industry", dict(ind_count)); print("categories", dict(cat_calls))
print("spans", sum(len(c["sig"]) for c in CALLS), "neg turns", sum(1 for c in CALLS for s, _ in c["t"] if s == "c!"))
print("qa misses", {k: sum(1 for c in CALLS if k in c.get("miss", "")) for k in QA_KEYS},
      "fw calls", sum(1 for c in CALLS if c.get("fw")), "op calls", sum(1 for c in CALLS if c.get("op")))
print("lengths", sorted(len(c["t"]) for c in CALLS))
print("PROBLEMS:", len(problems)); [print(" ", p) for p in problems]
