import json, re, sys, collections
from calls_def import CALLS

BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []
def p(msg): problems.append(msg)

assert len(CALLS) == 40
seen_texts = collections.Counter()
for c in CALLS:
    cid = "call-u89-%02d" % c["n"]
    turns = []
    for t in c["turns"]:
        sp, text = t.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if BAD.search(text): p(f"{cid}: bad char in {text!r}")
        seen_texts[text] += 1
    if not 8 <= len(turns) <= 30: p(f"{cid}: {len(turns)} turns")
    def chk(turn, ev, who, what):
        if turn >= len(turns): p(f"{cid}: {what} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]: p(f"{cid}: {what} evidence {ev!r} not in turn {turn}")
        if who and turns[turn]["speaker"] != who: p(f"{cid}: {what} turn {turn} not {who}")
    for cat, t, ev in c["sig"]: chk(t, ev, None, cat)
    for t, ev in c["fw"]: chk(t, ev, "rep", "forbidden")
    for t, ev in c["op"]: chk(t, ev, "rep", "over_promise")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": p(f"{cid}: neg turn {t} not customer")
    if (c["risk"] == "none") != (not c["sig"]): p(f"{cid}: risk/signals mismatch")
    qa = {k: (k not in c["miss"]) for k in QA}
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(cid + ".json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    # greeting sanity: first rep turn contains 您好/你好
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): p(f"{cid}: greeting flag vs first rep turn")
for t, n in seen_texts.items():
    if n > 1 and len(t) > 6: p(f"repeated turn text: {t}")
print(collections.Counter(c["risk"] for c in CALLS), collections.Counter(c["industry"] for c in CALLS))
cats = collections.Counter(); 
for c in CALLS:
    for k in {s[0] for s in c["sig"]}: cats[k] += 1
print("calls per category", dict(cats), "spans", sum(len(c["sig"]) for c in CALLS))
print("misses", collections.Counter(m for c in CALLS for m in c["miss"]), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("fw calls", sum(1 for c in CALLS if c["fw"]), "op calls", sum(1 for c in CALLS if c["op"]),
      "neg turns", sum(len(c["neg"]) for c in CALLS), "turns", sum(len(c["turns"]) for c in CALLS),
      "turn range", min(len(c["turns"]) for c in CALLS), max(len(c["turns"]) for c in CALLS))
print("hard_negative", sum("hard_negative" in c["tags"] for c in CALLS), "negation", sum("negation" in c["tags"] for c in CALLS))
print("\n".join(problems) or "build: 0 problems")
