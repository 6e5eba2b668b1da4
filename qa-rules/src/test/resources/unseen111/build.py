# Builds call-u111-XX.json from calls_def.py.
# Markup inside turn text: [category:evidence] for churn signals, [fw:..] forbidden words, [op:..] over-promise.
# Turn prefix: "R " rep, "C " customer, "C! " customer turn with negative emotion.
import json, re, sys, collections
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from calls_def import CALLS
OUT = __file__.rsplit('/', 1)[0]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
MK = re.compile(r'\[(\w+):([^\]]+)\]')
problems = []
risk = collections.Counter(); catcalls = collections.Counter(); ind = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = f"call-u111-{n:02d}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for i, raw in enumerate(c["t"]):
        sp, body = raw.split(" ", 1)
        speaker = "rep" if sp == "R" else "customer"
        if sp == "C!": neg.append(i)
        for cat, ev in MK.findall(body):
            if cat == "fw": fw.append({"turn": i, "evidence": ev}); assert speaker == "rep", cid
            elif cat == "op": op.append({"turn": i, "evidence": ev}); assert speaker == "rep", cid
            else:
                assert cat in CATS, (cid, cat); sigs.append({"category": cat, "turn": i, "evidence": ev})
        text = MK.sub(lambda m: m.group(2), body)
        if re.search(r'[\x00-\x7f]', text): problems.append(f"{cid} turn {i} ascii: {text}")
        turns.append({"speaker": speaker, "text": text})
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]: problems.append(f"{cid} evidence missing")
    miss = set(c.get("miss", []))
    qa = {k: k not in miss for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw; qa["over_promise"] = op
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != (("您好" in reps[0]) or ("你好" in reps[0])): problems.append(f"{cid} greeting mismatch")
    if qa["closing"] != any(w in reps[-1] for w in ["谢", "祝"]): problems.append(f"{cid} closing mismatch")
    if not 8 <= len(turns) <= 30: problems.append(f"{cid} turns {len(turns)}")
    if (c["risk"] == "none") != (len(sigs) == 0): problems.append(f"{cid} risk/signals mismatch")
    risk[c["risk"]] += 1; ind[c["ind"]] += 1
    for cat in {s["category"] for s in sigs}: catcalls[cat] += 1
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(f"{OUT}/{cid}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
print("risk", dict(risk)); print("industry", dict(ind)); print("category calls", dict(catcalls))
print("turns", sorted(len(c["t"]) for c in CALLS))
print("problems:", len(problems)); [print(" ", p) for p in problems]
