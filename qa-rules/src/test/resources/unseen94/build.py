import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")

def find(turns, ev, rep_only=False):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    assert len(hits) == 1, (ev, hits)
    if rep_only:
        assert turns[hits[0]]["speaker"] == "rep", ev
    return hits[0]

assert len(CALLS) == 40
sentences = Counter()
for n, c in enumerate(CALLS, 1):
    cid = f"call-u94-{n:02d}"
    turns, neg = [], []
    for line in c["turns"].strip().split("\n"):
        tag, text = line.split("：", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        assert tag in ("R", "C", "C!"), line
        assert not BAD.search(text), (cid, text)
        turns.append({"speaker": spk, "text": text})
        for s in re.split(r"[。？！]", text):
            if len(s) >= 8:
                sentences[s] += 1
    assert 8 <= len(turns) <= 30, cid
    assert c["ind"] == INDS[(n - 1) % 8]
    sig = []
    for cat, ev in c["sig"]:
        assert cat in CATS
        sig.append({"category": cat, "turn": find(turns, ev), "evidence": ev})
    assert (c["risk"] == "none") == (not sig), cid
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = [{"turn": find(turns, e, True), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, True), "evidence": e} for e in c["op"]]
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    first_rep = next(t for t in turns if t["speaker"] == "rep")["text"]
    assert qa["greeting"] == ("您好" in first_rep or "你好" in first_rep), cid
    last_rep = [t for t in turns if t["speaker"] == "rep"][-1]["text"]
    if qa["closing"]:
        assert any(w in last_rep for w in ["谢谢", "感谢", "祝"]), cid
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
dups = [s for s, k in sentences.items() if k > 1]
print("repeated sentences:", dups)
print("risk:", Counter(c["risk"] for c in CALLS))
print("industries:", Counter(c["ind"] for c in CALLS))
print("turns:", sorted(len(c["turns"].strip().split("\n")) for c in CALLS))
cats = Counter(); spans = 0
for c in CALLS:
    spans += len(c["sig"])
    for k in {s[0] for s in c["sig"]}: cats[k] += 1
print("calls per category:", cats, "spans", spans)
print("hard_negative:", sum("hard_negative" in c["tags"] for c in CALLS), "negation:", sum("negation" in c["tags"] for c in CALLS))
print("qa misses:", Counter(m for c in CALLS for m in c["miss"]), "calls:", sum(bool(c["miss"]) for c in CALLS))
print("fw calls:", sum(bool(c["fw"]) for c in CALLS), "op calls:", sum(bool(c["op"]) for c in CALLS))
print("neg turns:", sum(c["turns"].count("C!：") for c in CALLS))
print("total turns:", sum(len(c["turns"].strip().split("\n")) for c in CALLS))
