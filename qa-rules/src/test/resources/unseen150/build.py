import json, re, sys, collections
from calls_def import CALLS
ASCII_BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
def err(n, m): errs.append(f"call {n:02d}: {m}")
out = []
for c in CALLS:
    n = c["n"]; turns = []; neg = []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split(":", 1)
        text = text.strip()
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text})
        if ASCII_BAD.search(text): err(n, f"bad char in turn {len(turns)-1}: {ASCII_BAD.findall(text)}")
    if not 8 <= len(turns) <= 30: err(n, f"{len(turns)} turns")
    def locate(ev, turn=None, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if turn is None:
            if len(hits) != 1: err(n, f"evidence {ev!r} hits {hits}"); return -1
            turn = hits[0]
        elif turn not in hits: err(n, f"evidence {ev!r} not in turn {turn}")
        if rep_only and turns[turn]["speaker"] != "rep": err(n, f"{ev!r} not rep turn")
        return turn
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        sigs.append({"category": cat, "turn": locate(ev, s[2] if len(s) > 2 else None), "evidence": ev})
    q = c["qa"]
    qa = {"greeting": bool(q[0]), "self_intro": bool(q[1]), "needs_discovery": bool(q[2]),
          "forbidden_words": [{"turn": locate(e, rep_only=True), "evidence": e} for e in c.get("fw", [])],
          "over_promise": [{"turn": locate(e, rep_only=True), "evidence": e} for e in c.get("op", [])],
          "next_step": bool(q[3]), "closing": bool(q[4])}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if (("您好" in reps[0]) or ("你好" in reps[0])) != qa["greeting"]: err(n, "greeting mismatch")
    if any(k in reps[-1] for k in ("谢", "祝")) != qa["closing"]: err(n, "closing mismatch")
    if (c["risk"] == "none") != (not sigs): err(n, "risk/signals mismatch")
    d = {"id": f"call-u150-{n:02d}", "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
         "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    out.append(d)
ids = [c["n"] for c in CALLS]
if sorted(ids) != list(range(1, len(ids) + 1)): err(0, f"ids {ids}")
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in out))
print("industry", collections.Counter(d["industry"] for d in out))
print("turns", sorted(len(d["turns"]) for d in out))
print("categories (calls)", collections.Counter(c for d in out for c in {s["category"] for s in d["labels"]["churn_signals"]}))
print("spans", sum(len(d["labels"]["churn_signals"]) for d in out))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print("missing", k, [d["id"][-2:] for d in out if not d["labels"]["qa"][k]])
print("forbidden", [d["id"][-2:] for d in out if d["labels"]["qa"]["forbidden_words"]])
print("over_promise", [d["id"][-2:] for d in out if d["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
print("hard_negative", [d["id"][-2:] for d in out if "hard_negative" in d["tags"]])
if errs:
    print("\n".join(errs)); sys.exit(1)
for d in out:
    with open(f"{d['id']}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
print("wrote", len(out))
