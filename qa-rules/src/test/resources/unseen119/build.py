# -*- coding: utf-8 -*-
import json, re, os, sys
from calls_def import CALLS

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
       "furniture", "feed", "hotel_supplies"]
MARK = re.compile(r"【([a-z_]+):(.*?)】")
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
here = os.path.dirname(os.path.abspath(__file__))
problems = []
for i, c in enumerate(CALLS, 1):
    cid = "call-u119-%02d" % i
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l for l in c["text"].strip().split("\n") if l.strip()]:
        tag, body = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        t = len(turns)
        for cat, ev in MARK.findall(body):
            item = {"turn": t, "evidence": ev}
            if cat == "fw":
                fw.append(item); assert spk == "rep", cid
            elif cat == "op":
                op.append(item); assert spk == "rep", cid
            else:
                assert cat in CATS, (cid, cat)
                sigs.append({"category": cat, "turn": t, "evidence": ev})
        text = MARK.sub(lambda m: m.group(2), body)
        if BAD.search(text):
            problems.append("%s turn %d bad char %r" % (cid, t, BAD.search(text).group()))
        if tag == "C!":
            neg.append(t)
        turns.append({"speaker": spk, "text": text})
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            problems.append("%s evidence not found %r" % (cid, s))
    qa = {k: k not in c["qa"] for k in ["greeting", "self_intro", "needs_discovery"]}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["qa"]
    qa["closing"] = "closing" not in c["qa"]
    for k in c["qa"]:
        assert k in qa, (cid, k)
    reps = [t for t in turns if t["speaker"] == "rep"]
    has_hello = "您好" in reps[0]["text"] or "你好" in reps[0]["text"]
    if has_hello != qa["greeting"]:
        problems.append("%s greeting mismatch" % cid)
    has_thanks = any(w in reps[-1]["text"] for w in ["谢谢", "感谢", "祝"])
    if has_thanks != qa["closing"]:
        problems.append("%s closing mismatch" % cid)
    if (c["risk"] == "none") != (len(sigs) == 0):
        problems.append("%s risk/signals mismatch" % cid)
    if not 8 <= len(turns) <= 30:
        problems.append("%s turn count %d" % (cid, len(turns)))
    assert c["ind"] in IND
    for tg in set(s["category"] for s in sigs):
        if tg not in c["tags"]:
            problems.append("%s tag missing %s" % (cid, tg))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(here, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("calls", len(CALLS))
print("\n".join(problems) or "no problems")
