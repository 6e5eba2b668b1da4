# -*- coding: utf-8 -*-
"""Build call-e34-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
QA5 = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
errors = []


def find(turns, ev, speaker, cid):
    hits = [i for i, t in enumerate(turns) if t["speaker"] == speaker and ev in t["text"]]
    if len(hits) != 1:
        errors.append(f"{cid}: evidence {ev!r} ({speaker}) matches turns {hits}")
        return hits[0] if hits else -1
    return hits[0]


def main():
    assert len(CALLS) == 60, len(CALLS)
    for n, c in enumerate(CALLS, 1):
        cid = f"call-e34-{n:02d}"
        turns, neg = [], []
        for line in c["turns"].strip().split("\n"):
            tag, text = line.split(" ", 1)
            sp = "rep" if tag == "R" else "customer"
            if tag == "C!":
                neg.append(len(turns))
            if BAD.search(text):
                errors.append(f"{cid}: bad char in {text!r}")
            turns.append({"speaker": sp, "text": text})
        if not 8 <= len(turns) <= 30:
            errors.append(f"{cid}: {len(turns)} turns")
        for i in range(1, len(turns)):
            if turns[i]["speaker"] == turns[i - 1]["speaker"]:
                errors.append(f"{cid}: same speaker twice at {i}")
        sigs = []
        for s in c["sig"]:
            cat, ev = s[0], s[1]
            sp = "rep" if len(s) > 2 else "customer"
            assert cat in CATS, cat
            sigs.append({"category": cat, "turn": find(turns, ev, sp, cid), "evidence": ev})
        sigs.sort(key=lambda x: x["turn"])
        if (c["risk"] == "none") != (not sigs):
            errors.append(f"{cid}: risk {c['risk']} vs {len(sigs)} signals")
        qa = {k: k not in c["miss"] for k in QA5}
        for m in c["miss"]:
            assert m in QA5, m
        rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
        first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
        if qa["greeting"] != ("您好" in first or "你好" in first):
            errors.append(f"{cid}: greeting check")
        if qa["closing"] != any(w in last for w in ("谢", "祝")):
            errors.append(f"{cid}: closing check")
        fw = [{"turn": find(turns, e, "rep", cid), "evidence": e} for e in c["fw"]]
        op = [{"turn": find(turns, e, "rep", cid), "evidence": e} for e in c["op"]]
        tags = list(dict.fromkeys(c["tags"] + (["short"] if len(turns) <= 10 else []) + (["long"] if len(turns) >= 18 else [])))
        if "short" in c["tags"] and len(turns) > 10:
            tags.remove("short")
        obj = {
            "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
            "labels": {
                "churn_risk": c["risk"], "churn_signals": sigs,
                "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                       "forbidden_words": fw, "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                "customer_negative_turns": neg,
            },
        }
        c["_obj"] = obj
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # distribution
    objs = [c["_obj"] for c in CALLS]
    risk = Counter(o["labels"]["churn_risk"] for o in objs)
    ind = Counter(o["industry"] for o in objs)
    cat = Counter(); spans = 0
    for o in objs:
        cs = {s["category"] for s in o["labels"]["churn_signals"]}
        cat.update(cs); spans += len(o["labels"]["churn_signals"])
    qmiss = Counter(k for o in objs for k in QA5 if not o["labels"]["qa"][k])
    nmiss = sum(1 for o in objs if any(not o["labels"]["qa"][k] for k in QA5))
    fwc = sum(1 for o in objs if o["labels"]["qa"]["forbidden_words"])
    opc = sum(1 for o in objs if o["labels"]["qa"]["over_promise"])
    lens = [len(o["turns"]) for o in objs]
    hn = sum(1 for o in objs if "hard_negative" in o["tags"]); ng = sum(1 for o in objs if "negation" in o["tags"])
    negt = sum(len(o["labels"]["customer_negative_turns"]) for o in objs)
    print("risk", dict(risk)); print("industry", dict(ind))
    print("categories (calls)", dict(cat.most_common()), "spans", spans)
    print("qa misses", dict(qmiss), "calls with a miss", nmiss, "forbidden calls", fwc, "over-promise calls", opc)
    print("turns", sum(lens), "min", min(lens), "max", max(lens), "short<=10", sum(l <= 10 for l in lens), "long>=18", sum(l >= 18 for l in lens))
    print("hard negatives", hn, "negation", ng, "negative customer turns", negt)
    if risk != Counter(none=15, low=15, medium=15, high=15):
        errors.append("risk distribution")
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))


main()
