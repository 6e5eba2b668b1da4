"""Build call-e40-NN.json from calls_def*.py.
Turn lines: 'R text', 'C text', 'C! text' (C! = customer turn with negative emotion).
Inline markers {{CAT:evidence}} are stripped from the text and recorded as labels.
CAT: P price, CO competitor, S service, Q quality, CM communication, CC contact_change,
D demand_reduction, N non_renewal, CH channel_conflict, FW forbidden word, OP over-promise."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

CAT = {"P": "price", "CO": "competitor", "S": "service", "Q": "quality", "CM": "communication",
       "CC": "contact_change", "D": "demand_reduction", "N": "non_renewal", "CH": "channel_conflict"}
MK = re.compile(r"\{\{(\w+):(.+?)\}\}")
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ ]")

def build(c):
    turns, sig, fw, op, neg = [], [], [], [], []
    for line in [l.strip() for l in c["body"].strip().splitlines() if l.strip()]:
        sp, text = line.split(" ", 1)
        i = len(turns)
        for cat, ev in MK.findall(text):
            rec = {"turn": i, "evidence": ev}
            if cat == "FW": fw.append(rec); assert sp == "R"
            elif cat == "OP": op.append(rec); assert sp == "R"
            else: sig.append({"category": CAT[cat], **rec})
        clean = MK.sub(lambda m: m.group(2), text)
        assert not BAD.search(clean), (c["n"], i, clean)
        if sp == "C!": neg.append(i)
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": clean})
    for s in sig + fw + op:
        t = turns[s["turn"]]["text"]; assert s["evidence"] in t
    miss = set(c.get("miss", "").split())
    assert miss <= {"greeting", "self_intro", "needs_discovery", "next_step", "closing"}, miss
    qa = {k: (k not in miss) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw; qa["over_promise"] = op
    qa["next_step"] = "next_step" not in miss; qa["closing"] = "closing" not in miss
    # heuristic cross-checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if g != qa["greeting"]: print("WARN greeting", c["n"])
    if cl != qa["closing"]: print("WARN closing", c["n"])
    if c["risk"] == "none": assert not sig, c["n"]
    else: assert sig, c["n"]
    assert 8 <= len(turns) <= 30, (c["n"], len(turns))
    tags = list(c["tags"])
    for s in sig:
        if s["category"] not in tags: tags.append(s["category"])
    if fw and "forbidden_words" not in tags: tags.append("forbidden_words")
    if op and "over_promise" not in tags: tags.append("over_promise")
    if len(turns) <= 10 and "short" not in tags: tags.append("short")
    cid = "call-e40-%02d" % c["n"]
    return {"id": cid, "industry": c["ind"], "scenario": c["scenario"], "tags": tags, "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa,
                       "customer_negative_turns": neg}}

if __name__ == "__main__":
    from collections import Counter
    ns = sorted(c["n"] for c in CALLS); assert ns == list(range(1, 61)), ns
    allturns = Counter()
    for c in CALLS:
        d = build(c)
        for t in d["turns"]: allturns[t["text"]] += 1
        with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
    dup = [t for t, k in allturns.items() if k > 1 and len(t) > 8]
    print("duplicate long turns:", dup)
    print("risk", Counter(c["risk"] for c in CALLS)); print("ind", Counter(c["ind"] for c in CALLS))
