import json, re, os, collections
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
bad = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
probs = []
def chk(cid, s, what):
    if bad.search(s): probs.append(f"{cid} {what}: ascii/latin/digit in {s!r}")
seen_text = collections.Counter()
for c in CALLS:
    cid = "call-u137-%02d" % c["n"]
    turns = []
    for raw in c["t"]:
        sp, txt = raw.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
        chk(cid, txt, "text"); seen_text[txt] += 1
    chk(cid, c["sc"], "scenario")
    if not 8 <= len(turns) <= 30: probs.append(f"{cid} turns {len(turns)}")
    if c["ind"] not in INDS: probs.append(f"{cid} industry")
    def span(t, ev, who, what):
        if not (0 <= t < len(turns)): probs.append(f"{cid} {what} turn {t} out of range"); return
        if ev not in turns[t]["text"]: probs.append(f"{cid} {what} evidence not in turn {t}: {ev}")
        if who and turns[t]["speaker"] != who: probs.append(f"{cid} {what} turn {t} not {who}")
    sigs = []
    for t, cat, ev in c["sig"]:
        if cat not in CATS: probs.append(f"{cid} bad cat {cat}")
        span(t, ev, None, "signal"); sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (len(sigs) == 0): probs.append(f"{cid} risk/signals mismatch")
    fw = [{"turn": t, "evidence": ev} for t, ev in c.get("fw", [])]
    op = [{"turn": t, "evidence": ev} for t, ev in c.get("op", [])]
    for t, ev in c.get("fw", []): span(t, ev, "rep", "forbidden")
    for t, ev in c.get("op", []): span(t, ev, "rep", "over_promise")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer": probs.append(f"{cid} neg turn {t} not customer")
    q = c["qa"]
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
                             "forbidden_words": fw, "over_promise": op, "next_step": "X" in q, "closing": "C" in q},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
for txt, k in seen_text.items():
    if k > 1: probs.append(f"repeated turn text: {txt}")
print("calls", len(CALLS), "risk", collections.Counter(c["risk"] for c in CALLS), "ind", collections.Counter(c["ind"] for c in CALLS))
cc = collections.Counter(cat for c in CALLS for cat in {s[1] for s in c["sig"]})
print("calls per category", dict(cc), "spans", sum(len(c["sig"]) for c in CALLS))
print("turns", sum(len(c["t"]) for c in CALLS), "neg turns", sum(len(c["neg"]) for c in CALLS))
for k, name in zip("GSNXC", ["greeting","self_intro","needs_discovery","next_step","closing"]):
    print(name, "missing in", ["%02d" % c["n"] for c in CALLS if k not in c["qa"]])
print("forbidden", ["%02d" % c["n"] for c in CALLS if c.get("fw")], "over_promise", ["%02d" % c["n"] for c in CALLS if c.get("op")])
print("\n".join(probs) or "build: 0 problems")
