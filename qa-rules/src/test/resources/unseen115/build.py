import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
errs = []
def find(turns, ev, speaker=None, where=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if len(hits) != 1: errs.append("%s: evidence %r found in turns %r" % (where, ev, hits)); return -1
    return hits[0]
sent_seen = collections.defaultdict(list)
assert len(CALLS) == 40, len(CALLS)
for n, c in enumerate(CALLS, 1):
    cid = "call-u115-%02d" % n
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        tag, text = line.split(" ", 1)
        if tag == "R": sp = "rep"
        elif tag in ("C", "C!"): sp = "customer"
        else: errs.append("%s bad line %r" % (cid, line)); continue
        if tag == "C!": neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
        if re.search(r"[A-Za-z0-9]|[!-/:-@\[-`{-~]", text): errs.append("%s turn %d ascii: %s" % (cid, len(turns)-1, text))
        for s in re.split(r"[。？！…，]", text):
            if len(s) >= 8: sent_seen[s].append(cid)
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        ti = s[2] if len(s) > 2 else find(turns, ev, None, cid)
        if ti >= 0 and ev not in turns[ti]["text"]: errs.append("%s sig %r" % (cid, ev))
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: s["turn"])
    qa = {k: k not in c["miss"] for k in BOOLS}
    fw = [{"turn": find(turns, e, "rep", cid), "evidence": e} for e in c["fw"]]
    op = [{"turn": find(turns, e, "rep", cid), "evidence": e} for e in c["op"]]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != qa["greeting"]: errs.append("%s greeting mismatch" % cid)
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: errs.append("%s closing mismatch" % cid)
    if (c["risk"] == "none") != (not sigs): errs.append("%s risk/signals mismatch" % cid)
    d = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                    "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                           "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                    "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
dups = {s: v for s, v in sent_seen.items() if len(set(v)) > 1}
for s, v in dups.items(): print("repeated phrase:", s, sorted(set(v)))
for e in errs: print("ERR", e)
# stats
C = CALLS
print("risk", collections.Counter(c["risk"] for c in C))
print("industry", collections.Counter(c["industry"] for c in C))
print("cats", collections.Counter(cat for c in C for cat in {s[0] for s in c["sig"]}))
print("signals", sum(len(c["sig"]) for c in C))
lens = [len(c["text"].strip().splitlines()) for c in C]
print("turns", sum(lens), "min", min(lens), "max", max(lens), "short<=10", sum(l <= 10 for l in lens), "11-15", sum(11 <= l <= 15 for l in lens), ">=16", sum(l >= 16 for l in lens))
print("miss", collections.Counter(m for c in C for m in c["miss"]), "calls with miss", sum(bool(c["miss"]) for c in C))
print("fw calls", sum(bool(c["fw"]) for c in C), "op calls", sum(bool(c["op"]) for c in C))
print("hard_negative", sum("hard_negative" in c["tags"] for c in C), "negation", sum("negation" in c["tags"] for c in C))
print("neg turns", sum(l.startswith("C!") for c in C for l in c["text"].strip().splitlines()))
sys.exit(1 if errs else 0)
