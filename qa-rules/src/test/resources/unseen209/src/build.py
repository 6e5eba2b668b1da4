import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CALLS
import importlib
for k in range(1, 5):
    try:
        importlib.import_module(f"calls_{k}")
    except ModuleNotFoundError:
        pass
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def find(turns, ev, who):
    hits = [k for k, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    return hits
sents = collections.defaultdict(set)
for c in CALLS:
    cid = f"call-u209-{c['n']:02d}"
    turns, neg = [], []
    for k, s in enumerate(c["turns"]):
        tag, text = s.split(":", 1)
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if tag == "C!": neg.append(k)
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text): errs.append(f"{cid} t{k}: latin/digit")
        if re.search(r"[,.?!:;]", text): errs.append(f"{cid} t{k}: ascii punct")
        for s2 in re.split(r"[。？！；]", text):
            if len(s2) >= 8: sents[s2].add(cid)
    for k in range(1, len(turns)):
        if turns[k]["speaker"] == turns[k-1]["speaker"]: errs.append(f"{cid}: same speaker twice at {k}")
    def spans(items, who, cat=False):
        out = []
        for it in items:
            if cat:
                category, ev = it[0], it[1]
            else:
                ev = it
            h = find(turns, ev, who)
            if len(h) != 1: errs.append(f"{cid}: evidence {ev!r} hits {h}")
            d = {"turn": h[0] if h else -1, "evidence": ev}
            if cat: d = {"category": category, **d}
            out.append(d)
        return out
    sig = spans(c["sig"], None, cat=True)
    f = spans(c["f"], "rep"); o = spans(c["o"], "rep")
    if c["risk"] == "none" and sig: errs.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sig: errs.append(f"{cid}: {c['risk']} without signals")
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if c["g"] != bool(re.search("您好|你好", first_rep)): errs.append(f"{cid}: greeting mismatch")
    n = len(turns)
    if not (10 <= n <= 30): errs.append(f"{cid}: {n} turns")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig,
                      "qa": {"greeting": c["g"], "self_intro": c["i"], "needs_discovery": c["nd"],
                             "forbidden_words": f, "over_promise": o, "next_step": c["x"], "closing": c["c"]},
                      "customer_negative_turns": neg}}
    c["doc"] = doc
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
for s, ids in sents.items():
    if len(ids) > 1: errs.append(f"dup sentence {s!r} in {sorted(ids)}")
# stats
docs = [c["doc"] for c in CALLS]
print("calls", len(docs), "turns", sum(len(d["turns"]) for d in docs))
print("risk", collections.Counter(d["labels"]["churn_risk"] for d in docs))
print("industry", collections.Counter(d["industry"] for d in docs))
print("long(20-30)", sum(20 <= len(d["turns"]) <= 30 for d in docs), "turns/call", sorted(len(d["turns"]) for d in docs))
cat = collections.Counter(); spans_n = 0
for d in docs:
    cs = {s["category"] for s in d["labels"]["churn_signals"]}; cat.update(cs); spans_n += len(d["labels"]["churn_signals"])
print("calls per category", dict(cat.most_common()), "spans", spans_n)
tags = collections.Counter(t for d in docs for t in d["tags"])
print("tags", dict(tags.most_common()))
qa = collections.Counter()
for d in docs:
    q = d["labels"]["qa"]
    for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
        if not q[k]: qa[k + "_missing"] += 1
    if q["forbidden_words"]: qa["forbidden_calls"] += 1
    if q["over_promise"]: qa["over_promise_calls"] += 1
print("qa", dict(qa))
print("negative turns", sum(len(d["labels"]["customer_negative_turns"]) for d in docs))
print("\n".join(errs) if errs else "OK: no errors")
