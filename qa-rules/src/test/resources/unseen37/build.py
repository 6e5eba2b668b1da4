import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
bad_chars = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errs = []
assert len(CALLS) == 40
sentences = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = f"call-u37-{n:02d}"
    turns = []
    neg = []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        assert tag in ("R", "C", "C!"), (cid, line)
        if bad_chars.search(text):
            errs.append((cid, "bad char", text))
        turns.append({"speaker": sp, "text": text})
        for snt in re.split(r"[。？！]", text):
            if len(snt) >= 8:
                sentences[snt] += 1
    if not 8 <= len(turns) <= 30:
        errs.append((cid, "turns", len(turns)))
    def locate(ev, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
        if len(hits) != 1:
            errs.append((cid, "evidence hits", ev, hits))
            return -1
        return hits[0]
    sigs = []
    for s in c["sig"]:
        if len(s) == 3:
            cat, ti, ev = s
            assert ev in turns[ti]["text"], (cid, ev)
        else:
            cat, ev = s
            ti = locate(ev)
        assert cat in CATS, cat
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    fw = [{"turn": locate(e, True), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(e, True), "evidence": e} for e in c["op"]]
    qa = {k: (k not in c["miss"]) for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        errs.append((cid, "greeting mismatch"))
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]:
        errs.append((cid, "closing mismatch"))
    if (c["risk"] == "none") != (len(sigs) == 0):
        errs.append((cid, "risk/signals mismatch"))
    for s in sigs + fw + op:
        if not s["evidence"] in turns[s["turn"]]["text"]:
            errs.append((cid, "substring", s))
    sigs.sort(key=lambda s: s["turn"])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
dups = [s for s, k in sentences.items() if k > 1]
print("dup sentences:", dups)
print("risk", collections.Counter(c["risk"] for c in CALLS))
print("industry", collections.Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"].strip().split("\n")) for c in CALLS))
print("errors:", errs)
