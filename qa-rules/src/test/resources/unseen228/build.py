#!/usr/bin/env python3
"""Build call-u228-NN.json from calls_1.py … calls_4.py and check the labels.

Turn strings are "r:…" (rep), "c:…" (customer) or "n:…" (customer, negative emotion).
Signals are (category, evidence) or (category, evidence, turn); without a turn the
evidence must occur in exactly one turn. qa is a 5-char string of 0/1 for
greeting, self_intro, needs_discovery, next_step, closing.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def locate(cid, turns, ev, idx, speakers=None):
    if idx is not None:
        if ev not in turns[idx]["text"]:
            err(cid, f"evidence not in turn {idx}: {ev}")
        if speakers and turns[idx]["speaker"] not in speakers:
            err(cid, f"turn {idx} is not {speakers}: {ev}")
        return idx
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (not speakers or t["speaker"] in speakers)]
    if len(hits) != 1:
        err(cid, f"evidence found in {len(hits)} turns: {ev}")
        return hits[0] if hits else -1
    return hits[0]


def build(c):
    cid = "call-u228-%02d" % c["n"]
    turns, neg = [], []
    for i, s in enumerate(c["t"]):
        sp, text = s.split(":", 1)
        if sp == "n":
            neg.append(i)
        turns.append({"speaker": "rep" if sp == "r" else "customer", "text": text})
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev, s[2] if len(s) > 2 else None), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    def spans(lst):
        out = []
        for s in lst:
            ev, idx = (s, None) if isinstance(s, str) else (s[0], s[1])
            out.append({"turn": locate(cid, turns, ev, idx, {"rep"}), "evidence": ev})
        return sorted(out, key=lambda x: x["turn"])
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    # checks
    if c["ind"] not in INDS:
        err(cid, "bad industry")
    if not 10 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    if (c["risk"] == "none") != (not sigs):
        err(cid, "risk/signals mismatch")
    for t in turns:
        if re.search(r"[A-Za-z0-9,.?!:;\"'()]", t["text"]):
            err(cid, "latin/digit/ascii punct: " + t["text"])
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        err(cid, "greeting flag vs first rep turn")
    cl = any(w in reps[-1] for w in ("谢", "祝"))
    if cl != qa["closing"]:
        err(cid, "closing flag vs last rep turn")
    return cid, obj


def main():
    allc = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    nums = [c["n"] for c in allc]
    if sorted(nums) != list(range(1, 41)):
        errors.append(f"call numbers: {sorted(nums)}")
    objs = [build(c) for c in allc]
    # duplicate sentences across calls
    seen = collections.defaultdict(set)
    for cid, o in objs:
        for t in o["turns"]:
            for s in re.split(r"[。！？]", t["text"]):
                if len(s) >= 8:
                    seen[s].add(cid)
    for s, ids in seen.items():
        if len(ids) > 1:
            errors.append(f"sentence reused in {sorted(ids)}: {s}")
    risk = collections.Counter(o["labels"]["churn_risk"] for _, o in objs)
    ind = collections.Counter(o["industry"] for _, o in objs)
    longc = sum(1 for _, o in objs if len(o["turns"]) >= 20)
    print("risk", dict(risk)); print("industry", dict(ind)); print("long calls", longc)
    if any(v != 10 for v in risk.values()) or len(risk) != 4:
        errors.append("risk distribution")
    if any(v != 5 for v in ind.values()) or len(ind) != 8:
        errors.append("industry distribution")
    if longc < 10:
        errors.append("fewer than ten long calls")
    for cid, o in objs:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # stats for README
    cats = collections.Counter()
    for _, o in objs:
        for cat in {s["category"] for s in o["labels"]["churn_signals"]}:
            cats[cat] += 1
    nsig = sum(len(o["labels"]["churn_signals"]) for _, o in objs)
    print("turns total", sum(len(o["turns"]) for _, o in objs),
          "min", min(len(o["turns"]) for _, o in objs), "max", max(len(o["turns"]) for _, o in objs))
    print("calls per category", dict(cats.most_common()), "signal spans", nsig)
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print("missing", k, sum(1 for _, o in objs if not o["labels"]["qa"][k]))
    print("forbidden calls", sum(1 for _, o in objs if o["labels"]["qa"]["forbidden_words"]),
          "over_promise calls", sum(1 for _, o in objs if o["labels"]["qa"]["over_promise"]))
    print("negative turns", sum(len(o["labels"]["customer_negative_turns"]) for _, o in objs))
    tags = collections.Counter(t for _, o in objs for t in o["tags"])
    print("tags", dict(tags.most_common()))
    print("\n".join(errors) if errors else "build: 0 errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
