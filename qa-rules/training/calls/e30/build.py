# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errors = []

def err(n, msg):
    errors.append("call %02d: %s" % (n, msg))

def find(turns, ev, n, speakers):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        err(n, "evidence %r found in turns %s" % (ev, hits))
        return hits[0] if hits else -1
    return hits[0]

sent_seen = collections.defaultdict(list)
for c in CALLS:
    n = c["n"]
    turns, neg = [], []
    for line in c["t"].strip().split("\n"):
        tag, text = line.split(" ", 1)
        sp = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text})
        if BAD.search(text) or " " in text:
            err(n, "bad char in %r" % text)
        for s in re.split(r"[。？！；…]", text):
            if len(s) >= 10:
                sent_seen[s].append(n)
    if not 8 <= len(turns) <= 30:
        err(n, "turn count %d" % len(turns))
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(n, "bad category " + cat)
        ti = s[2] if len(s) > 2 else find(turns, ev, n, ("rep", "customer"))
        if ti >= 0 and ev not in turns[ti]["text"]:
            err(n, "evidence not in turn")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        err(n, "risk/signals mismatch")
    reps = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[reps[0]]["text"], turns[reps[-1]]["text"]
    qa = {k: (ch not in c["miss"]) for k, ch in [("greeting", "G"), ("self_intro", "S"), ("needs_discovery", "N")]}
    qa["forbidden_words"] = [{"turn": find(turns, e, n, ("rep",)), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find(turns, e, n, ("rep",)), "evidence": e} for e in c["op"]]
    qa["next_step"] = "X" not in c["miss"]
    qa["closing"] = "E" not in c["miss"]
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        err(n, "greeting flag vs first rep turn")
    if qa["closing"] != any(w in last_rep for w in ("谢", "祝")):
        err(n, "closing flag vs last rep turn")
    tags = list(dict.fromkeys(c["tags"] + (["short"] if len(turns) <= 10 else [])))
    if len(turns) > 10 and "short" in tags:
        tags.remove("short")
    obj = {"id": "call-e30-%02d" % n, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    with open(os.path.join(OUT, obj["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

for s, ns in sent_seen.items():
    if len(set(ns)) > 1:
        errors.append("repeated sentence %r in calls %s" % (s, sorted(set(ns))))
print("calls", len(CALLS), "risk", collections.Counter(c["risk"] for c in CALLS))
print("industries", collections.Counter(c["ind"] for c in CALLS))
print("\n".join(errors) or "build: no errors")
