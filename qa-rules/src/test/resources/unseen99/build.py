import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"⟦([a-zA-Z_]+)\|([^⟧]+)⟧")
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []
risk_n = collections.Counter(); ind_n = collections.Counter(); cat_calls = collections.Counter()
nturns = []
for i, c in enumerate(CALLS, 1):
    cid = f"call-u99-{i:02d}"
    turns, sigs, op, fw, neg = [], [], [], [], []
    for line in [l for l in c["body"].strip().split("\n") if l.strip()]:
        head, text = line.split(":", 1)
        text = text.strip()
        idx = len(turns)
        spk = "rep" if head == "R" else "customer"
        if head == "C!":
            neg.append(idx)
        for m in MARK.finditer(text):
            kind, ev = m.group(1), m.group(2)
            if kind == "OP":
                assert spk == "rep", (cid, idx); op.append({"turn": idx, "evidence": ev})
            elif kind == "FW":
                assert spk == "rep", (cid, idx); fw.append({"turn": idx, "evidence": ev})
            else:
                assert kind in CATS, (cid, kind); sigs.append({"category": kind, "turn": idx, "evidence": ev})
        clean = MARK.sub(lambda m: m.group(2), text)
        if BAD.search(clean):
            problems.append(f"{cid} turn {idx}: bad chars {BAD.findall(clean)}")
        turns.append({"speaker": spk, "text": clean})
    for lst in (sigs, op, fw):
        for s in lst:
            assert s["evidence"] in turns[s["turn"]]["text"]
    miss = c["miss"]
    qa = {"greeting": "G" not in miss, "self_intro": "S" not in miss, "needs_discovery": "N" not in miss,
          "forbidden_words": fw, "over_promise": op, "next_step": "X" not in miss, "closing": "K" not in miss}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: problems.append(f"{cid}: greeting heuristic {g}")
    k = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if k != qa["closing"]: problems.append(f"{cid}: closing heuristic {k}")
    if (c["risk"] == "none") != (len(sigs) == 0): problems.append(f"{cid}: risk/signals mismatch")
    if not 8 <= len(turns) <= 30: problems.append(f"{cid}: {len(turns)} turns")
    risk_n[c["risk"]] += 1; ind_n[c["ind"]] += 1; nturns.append(len(turns))
    for cat in {s["category"] for s in sigs}: cat_calls[cat] += 1
    tags = list(c["tags"])
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
print("risk", dict(risk_n)); print("industry", dict(ind_n)); print("categories", dict(cat_calls))
print("turns", sum(nturns), min(nturns), max(nturns), sorted(nturns))
print("problems:", problems or "none")
