import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []
assert len(CALLS) == 40, len(CALLS)
texts = Counter()
for i, c in enumerate(CALLS, 1):
    cid = "call-u113-%02d" % i
    turns = []
    for line in c["turns"].strip().split("\n"):
        sp, text = line.split(" ", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
        texts[text.strip()] += 1
        if BAD.search(text) or " " in text.strip():
            problems.append((cid, "bad char", text))
    n = len(turns)
    if not 8 <= n <= 30:
        problems.append((cid, "turns", n))
    rep_idx = [k for k, t in enumerate(turns) if t["speaker"] == "rep"]
    g, s, nd, nx, cl = (ch == "1" for ch in c["qa"])
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if g != ("您好" in first_rep or "你好" in first_rep):
        problems.append((cid, "greeting mismatch"))
    if cl != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        problems.append((cid, "closing mismatch", last_rep))
    sigs = []
    for cat, t, ev in c["signals"]:
        if cat not in CATS or ev not in turns[t]["text"]:
            problems.append((cid, "signal", cat, t, ev))
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        problems.append((cid, "risk/signals"))
    def spans(lst, what):
        out = []
        for t, ev in lst:
            if turns[t]["speaker"] != "rep" or ev not in turns[t]["text"]:
                problems.append((cid, what, t, ev))
            out.append({"turn": t, "evidence": ev})
        return out
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            problems.append((cid, "neg on rep", t))
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": g, "self_intro": s, "needs_discovery": nd,
                             "forbidden_words": spans(c["forbidden"], "forbidden"),
                             "over_promise": spans(c["over"], "over"),
                             "next_step": nx, "closing": cl},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
dups = [t for t, k in texts.items() if k > 1 and len(t) > 6]
if dups:
    problems.append(("duplicate turn texts", dups))
print("risk", Counter(c["risk"] for c in CALLS))
print("industry", Counter(c["industry"] for c in CALLS))
cats = Counter()
for c in CALLS:
    for cat in {s[0] for s in c["signals"]}:
        cats[cat] += 1
print("calls per category", cats, "spans", sum(len(c["signals"]) for c in CALLS))
print("turns", sorted(len(c["turns"].strip().split("\n")) for c in CALLS))
for k, name in enumerate(["greeting", "self_intro", "needs_discovery", "next_step", "closing"]):
    print(name, "missing", [i for i, c in enumerate(CALLS, 1) if c["qa"][k] == "0"])
print("forbidden", [i for i, c in enumerate(CALLS, 1) if c["forbidden"]],
      "over", [i for i, c in enumerate(CALLS, 1) if c["over"]],
      "neg turns", sum(len(c["neg"]) for c in CALLS))
print("hard_negative", [i for i, c in enumerate(CALLS, 1) if "hard_negative" in c["tags"] or "negation" in c["tags"]])
print("PROBLEMS", len(problems))
for p in problems:
    print(p)
