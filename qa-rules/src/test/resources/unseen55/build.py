import json, re, string, sys, collections
sys.path.insert(0, '.')
from calls_def import CALLS

BAD = re.compile(r'[A-Za-z0-9]')
ASCII_P = set(string.punctuation + ' \t')
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
errs = []

def find_turn(turns, ev, hint, n, what, rep_only=False):
    idx = [i for i, t in enumerate(turns) if ev in t["text"]]
    if hint is not None:
        idx = [hint] if hint in idx else []
    if len(idx) != 1:
        errs.append(f"{n}: {what} evidence {ev!r} matches turns {idx}")
        return -1
    if rep_only and turns[idx[0]]["speaker"] != "rep":
        errs.append(f"{n}: {what} {ev!r} not in rep turn")
    return idx[0]

stats = collections.Counter(); catcalls = collections.Counter(); qamiss = collections.Counter()
for k, c in enumerate(CALLS, 1):
    n = f"call-u55-{k:02d}"
    turns, neg = [], []
    for line in [l.strip() for l in c["text"].strip().splitlines() if l.strip()]:
        sp, txt = line.split("|", 1)
        if sp == "N":
            neg.append(len(turns)); sp = "C"
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": txt})
        if BAD.search(txt) or any(ch in ASCII_P for ch in txt):
            errs.append(f"{n}: bad char in {txt!r}")
    if not 8 <= len(turns) <= 30: errs.append(f"{n}: {len(turns)} turns")
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]; hint = s[2] if len(s) > 2 else None
        assert cat in CATS, cat
        t = find_turn(turns, ev, hint, n, cat)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    risk = c["risk"]
    if (risk == "none") != (not sigs): errs.append(f"{n}: risk/signals mismatch")
    qa = {k2: True for k2 in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find_turn(turns, e, None, n, "forbidden", True), "evidence": e} for e in c.get("forbid", [])]
    qa["over_promise"] = [{"turn": find_turn(turns, e, None, n, "over", True), "evidence": e} for e in c.get("over", [])]
    qa["next_step"] = True; qa["closing"] = True
    for m in c.get("miss", []):
        qa[m] = False; qamiss[m] += 1
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): errs.append(f"{n}: greeting inconsistent")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != any(w in last_rep for w in ["谢谢","感谢","祝"]): errs.append(f"{n}: closing inconsistent")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags: tags.append(s["category"])
    for s in {s["category"] for s in sigs}: catcalls[s] += 1
    stats[risk] += 1
    obj = {"id": n, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    assert c["ind"] in IND
    with open(f"{n}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
print("\n".join(errs) or "build OK")
print(dict(stats)); print(dict(catcalls)); print(dict(qamiss))
print("industries", collections.Counter(c["ind"] for c in CALLS))
print("turns", [len([l for l in c["text"].strip().splitlines() if l.strip()]) for c in CALLS])
print("signals", sum(len(c["signals"]) for c in CALLS), "neg", sum(c["text"].count("\nN|") + c["text"].startswith("N|") for c in CALLS))
print("forbid calls", sum(1 for c in CALLS if c.get("forbid")), "over calls", sum(1 for c in CALLS if c.get("over")), "miss calls", sum(1 for c in CALLS if c.get("miss")))
print("hard_neg", sum(1 for c in CALLS if "hard_negative" in c["tags"]))
