# -*- coding: utf-8 -*-
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"〖([A-Za-z_]+)\|([^〗]+)〗")
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
problems = []
stats = collections.Counter(); catcalls = collections.Counter(); risk = collections.Counter(); ind = collections.Counter()
miss = collections.Counter(); allsent = collections.Counter()
for n, c in enumerate(CALLS, 1):
    cid = "call-u41-%02d" % n
    turns, sigs, forb, over, neg = [], [], [], [], []
    for i, raw in enumerate(c["turns"]):
        sp, text = raw.split(":", 1)
        speaker = "rep" if sp == "R" else "customer"
        if sp == "C!": neg.append(i)
        for m in MARK.finditer(text):
            tag, ev = m.group(1), m.group(2)
            if tag == "F":
                if speaker != "rep": problems.append((cid, i, "F on customer"))
                forb.append({"turn": i, "evidence": ev})
            elif tag == "O":
                if speaker != "rep": problems.append((cid, i, "O on customer"))
                over.append({"turn": i, "evidence": ev})
            else:
                if tag not in CATS: problems.append((cid, i, "bad cat " + tag))
                sigs.append({"category": tag, "turn": i, "evidence": ev})
        clean = MARK.sub(lambda m: m.group(2), text)
        if re.search(r"[A-Za-z0-9,.?!;:()\"'\[\]]", clean): problems.append((cid, i, "latin/ascii: " + clean))
        if "〖" in clean or "〗" in clean or "|" in clean: problems.append((cid, i, "marker left"))
        turns.append({"speaker": speaker, "text": clean})
        for s in re.split(r"[。！？]", clean):
            if len(s) >= 8: allsent[s] += 1
    for s in sigs + forb + over:
        if s["evidence"] not in turns[s["turn"]]["text"]: problems.append((cid, s["turn"], "evidence"))
    qa = {k: (flag not in c["miss"]) for k, flag in [("greeting","g"),("self_intro","s"),("needs_discovery","n"),("next_step","x"),("closing","c")]}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: problems.append((cid, -1, "greeting heuristic disagrees"))
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: problems.append((cid, -1, "closing heuristic disagrees"))
    if c["risk"] == "none" and sigs: problems.append((cid, -1, "none with signals"))
    if c["risk"] != "none" and not sigs: problems.append((cid, -1, "risk without signals"))
    if not 8 <= len(turns) <= 30: problems.append((cid, -1, "turn count"))
    d = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                    "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                           "forbidden_words": forb, "over_promise": over, "next_step": qa["next_step"], "closing": qa["closing"]},
                    "customer_negative_turns": neg}}
    json.dump(d, open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    risk[c["risk"]] += 1; ind[c["ind"]] += 1
    for cat in {s["category"] for s in sigs}: catcalls[cat] += 1
    stats["turns"] += len(turns); stats["spans"] += len(sigs); stats["neg"] += len(neg)
    stats["forb_calls"] += bool(forb); stats["over_calls"] += bool(over); stats["hard_neg"] += "hard_negative" in c["tags"]
    stats["negation"] += "negation" in c["tags"]; stats["qa_miss_calls"] += bool(c["miss"])
    for f in c["miss"]: miss[f] += 1
    stats["lens<=10"] += len(turns) <= 10; stats["lens>=14"] += len(turns) >= 14
dups = [s for s, k in allsent.items() if k > 1]
print("problems:", problems); print("dup sentences:", dups)
print("risk", dict(risk)); print("industry", dict(ind)); print("cat calls", dict(catcalls.most_common()))
print("stats", dict(stats)); print("miss", dict(miss))
