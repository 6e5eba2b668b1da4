import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
       "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
out = os.path.dirname(os.path.abspath(__file__))
errs = []


def find(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (who is None or t["speaker"] == who)]
    return hits


for c in CALLS:
    n = c["n"]; cid = "call-u49-%02d" % n
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split(" ", 1)
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if BAD.search(text):
            errs.append((cid, "bad char", text))
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        hits = [s[2]] if len(s) > 2 else find(turns, ev)
        if len(hits) != 1:
            errs.append((cid, "sig evidence hits", ev, hits)); continue
        t = hits[0]
        if turns[t]["speaker"] == "rep":
            print("note: rep-turn signal", cid, cat, ev)
        sigs.append({"category": cat, "turn": t, "evidence": ev})

    def spans(lst):
        res = []
        for s in lst:
            ev, t = (s if isinstance(s, tuple) else (s, None))
            hits = [t] if t is not None else find(turns, ev, "rep")
            if len(hits) != 1 or turns[hits[0]]["speaker"] != "rep" or ev not in turns[hits[0]]["text"]:
                errs.append((cid, "qa span", ev, hits)); continue
            res.append({"turn": hits[0], "evidence": ev})
        return res
    qa = {k: c["qa"].get(k, True) for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = spans(c["fw"])
    qa["over_promise"] = spans(c["op"])
    qa["next_step"] = c["qa"].get("next_step", True)
    qa["closing"] = c["qa"].get("closing", True)
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["greeting"] != bool(re.search("您好|你好", first_rep)):
        errs.append((cid, "greeting mismatch"))
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", last_rep)):
        errs.append((cid, "closing mismatch", last_rep))
    if not 8 <= len(turns) <= 30:
        errs.append((cid, "turn count", len(turns)))
    if (c["risk"] == "none") != (not sigs):
        errs.append((cid, "risk/signals mismatch"))
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if qa["forbidden_words"] and "forbidden_words" not in tags:
        tags.append("forbidden_words")
    if len(turns) <= 9 and "short" not in tags:
        tags.append("short")
    obj = {"id": cid, "industry": IND[(n - 1) % 8], "scenario": c["scenario"], "tags": tags,
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

print("calls", len(CALLS), "errors", len(errs))
for e in errs:
    print(e)
