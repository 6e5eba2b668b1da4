#!/usr/bin/env python3
"""Builds /work/data/unseen11/call-u11-NN.json from calls_def.py and checks the labels mechanically."""
import json, pathlib, re, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from calls_def import CALLS

OUT = pathlib.Path(__file__).resolve().parent.parent
OK_CHARS = re.compile(r"^[\u4e00-\u9fff，。？！、：；“”‘’（）《》…—]+$")
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
errs = []

def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        errs.append(f"evidence {ev!r} found in turns {hits}")
        return None
    if who and turns[hits[0]]["speaker"] != who:
        errs.append(f"evidence {ev!r} not in a {who} turn")
    if turns[hits[0]]["text"].count(ev) != 1:
        errs.append(f"evidence {ev!r} twice in its turn")
    return hits[0]

stats = collections.Counter(); catcalls = collections.Counter(); lens = collections.Counter()
assert len(CALLS) == 40, len(CALLS)
for n, c in enumerate(CALLS, 1):
    cid = f"call-u11-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        tag, text = line.split(" ", 1)
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if not OK_CHARS.match(text):
            errs.append(f"{cid}: bad chars in {text!r}")
    sigs = []
    for cat, ev in c["sig"]:
        assert cat in CATS, cat
        i = find(turns, ev)
        if i is not None:
            sigs.append({"category": cat, "turn": i, "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].index(s["evidence"])))
    spans = lambda evs: sorted(({"turn": find(turns, e, "rep"), "evidence": e} for e in evs), key=lambda s: s["turn"])
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": spans(c["fw"]), "over_promise": spans(c["op"]),
          "next_step": "x" in q, "closing": "c" in q}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if turns[0]["speaker"] != "rep":
        errs.append(f"{cid}: first turn not rep")
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])):
        errs.append(f"{cid}: greeting flag vs first rep turn")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])):
        errs.append(f"{cid}: closing flag vs last rep turn")
    if not 8 <= len(turns) <= 30:
        errs.append(f"{cid}: {len(turns)} turns")
    if (c["risk"] == "none") != (not sigs):
        errs.append(f"{cid}: risk {c['risk']} with {len(sigs)} signals")
    if c["risk"] == "low" and len(sigs) != 1:
        errs.append(f"{cid}: low with {len(sigs)} signals")
    tags = list(dict.fromkeys(c["tags"] + sorted({s["category"] for s in sigs})))
    if c["risk"] == "none":
        tags = [t for t in tags if t not in CATS]
    rec = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    (OUT / f"{cid}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    # stats
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1; stats["turns"] += len(turns)
    stats["spans"] += len(sigs); stats["neg"] += len(neg)
    lens["short" if len(turns) <= 10 else "medium" if len(turns) <= 16 else "long"] += 1
    for cat in {s["category"] for s in sigs}:
        catcalls[cat] += 1
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]:
            stats["miss_" + k] += 1
    stats["fw_calls"] += bool(qa["forbidden_words"]); stats["op_calls"] += bool(qa["over_promise"])
    stats["fw_spans"] += len(qa["forbidden_words"]); stats["op_spans"] += len(qa["over_promise"])
    stats["hard_negative"] += "hard_negative" in tags
print("\n".join(errs) or "build: no problems")
print(dict(sorted(stats.items())))
print("calls per category:", dict(catcalls.most_common()))
print("lengths:", dict(lens))
