# Builds call-u219-NN.json from calls_1..4.py and checks evidence spans.
import json, re, sys, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for m in ("calls_1", "calls_2", "calls_3", "calls_4"):
    if os.path.exists(os.path.join(HERE, m + ".py")): CALLS += importlib.import_module(m).CALLS
errs = []
def locate(turns, ev, who, n, explicit=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    if explicit is not None:
        if explicit not in hits: errs.append(f"{n}: evidence {ev!r} not in turn {explicit}")
        return explicit
    if len(hits) != 1: errs.append(f"{n}: evidence {ev!r} found in turns {hits}")
    return hits[0] if hits else -1
seen_sent = {}
for c in CALLS:
    n = c["n"]; cid = f"call-u219-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().split("\n"):
        sp, text = line.split("|", 1)
        text = text.strip()
        if sp.startswith("C!"): neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
        if re.search(r"[A-Za-z0-9,.?!:;()\"']", text): errs.append(f"{cid}: latin/digit/ascii punct in {text!r}")
        for s in re.split(r"[。？！；…，]", text):
            s = s.strip()
            if len(s) >= 7:
                if s in seen_sent and seen_sent[s] != cid: errs.append(f"{cid}: sentence reused from {seen_sent[s]}: {s}")
                seen_sent.setdefault(s, cid)
    def spans(lst, who):
        out = []
        for item in lst:
            ev, t = (item, None) if isinstance(item, str) else item
            out.append({"turn": locate(turns, ev, who, cid, t), "evidence": ev})
        return out
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]; t = s[2] if len(s) > 2 else None
        sigs.append({"category": cat, "turn": locate(turns, ev, None, cid, t), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    miss = c.get("miss", "")
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss, "needs_discovery": "n" not in miss,
          "forbidden_words": spans(c.get("fw", []), "rep"), "over_promise": spans(c.get("op", []), "rep"),
          "next_step": "x" not in miss, "closing": "c" not in miss}
    if c["risk"] == "none" and sigs: errs.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: errs.append(f"{cid}: {c['risk']} without signals")
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep): errs.append(f"{cid}: greeting flag vs text mismatch")
    if qa["closing"] != bool(re.search("谢|祝", last_rep)): errs.append(f"{cid}: closing flag vs last rep turn mismatch: {last_rep}")
    tags = list(c["tags"]) + [x for x in dict.fromkeys(s["category"] for s in sigs) if x not in c["tags"]]
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
from collections import Counter
print("calls", len(CALLS), "risk", Counter(c["risk"] for c in CALLS), "ind", Counter(c["ind"] for c in CALLS))
print("turns", sorted(len(c["turns"].strip().split("\n")) for c in CALLS))
print("\n".join(errs) or "no build errors")
