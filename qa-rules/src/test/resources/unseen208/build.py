"""Build call-u208-NN.json from calls_1.py .. calls_4.py and check them.

Each call in CALLS is a dict:
  n, ind, risk, scen, tags, turns (list of str; speakers alternate rep, customer, rep, ...),
  sig [(turn, category, evidence)], qa "GSNXC" flags as a 5-char string of 0/1
  (greeting, self_intro, needs_discovery, next_step, closing),
  fw [(turn, evidence)], op [(turn, evidence)], neg [turn, ...]
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4

CALLS = C1 + C2 + C3 + C4
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []


def p(msg):
    problems.append(msg)


def build(c):
    cid = "call-u208-%02d" % c["n"]
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t}
             for i, t in enumerate(c["turns"])]
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9]", t["text"]):
            p(f"{cid} turn {i}: Latin letter or digit")
        if re.search(r"[,\.\?!:;\"'()%]", t["text"]):
            p(f"{cid} turn {i}: ASCII punctuation")
    n = len(turns)
    if not 10 <= n <= 30:
        p(f"{cid}: {n} turns")
    sigs = []
    for (ti, cat, ev) in c.get("sig", []):
        if cat not in CATS:
            p(f"{cid}: bad category {cat}")
        if ti >= n or ev not in turns[ti]["text"]:
            p(f"{cid}: signal evidence not in turn {ti}: {ev}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst, what):
        out = []
        for (ti, ev) in lst:
            if ti >= n or turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                p(f"{cid}: {what} span bad at turn {ti}: {ev}")
            out.append({"turn": ti, "evidence": ev})
        return out
    fw = spans(c.get("fw", []), "forbidden")
    op = spans(c.get("op", []), "over_promise")
    for ti in c.get("neg", []):
        if ti >= n or turns[ti]["speaker"] != "customer":
            p(f"{cid}: negative turn {ti} not a customer turn")
    q = [x == "1" for x in c["qa"]]
    # mechanical sanity checks of QA booleans
    first_rep = turns[0]["text"]
    if q[0] != ("您好" in first_rep or "你好" in first_rep):
        p(f"{cid}: greeting flag vs first rep turn")
    last_rep = [t for t in turns if t["speaker"] == "rep"][-1]["text"]
    if q[4] != any(w in last_rep for w in ("谢谢", "感谢", "祝")):
        p(f"{cid}: closing flag vs last rep turn")
    if c["risk"] == "none" and c.get("sig"):
        p(f"{cid}: none with signals")
    if c["risk"] != "none" and not c.get("sig"):
        p(f"{cid}: {c['risk']} without signals")
    return cid, {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {"greeting": q[0], "self_intro": q[1], "needs_discovery": q[2],
                   "forbidden_words": fw, "over_promise": op,
                   "next_step": q[3], "closing": q[4]},
            "customer_negative_turns": sorted(c.get("neg", [])),
        },
    }


def main():
    nums = [c["n"] for c in CALLS]
    if sorted(nums) != list(range(1, 41)):
        p(f"call numbers: {sorted(nums)}")
    out = {}
    for c in CALLS:
        cid, d = build(c)
        out[cid] = d
    # distribution
    risk = collections.Counter(d["labels"]["churn_risk"] for d in out.values())
    ind = collections.Counter(d["industry"] for d in out.values())
    if set(risk.values()) != {10} or len(risk) != 4:
        p(f"risk distribution {risk}")
    if set(ind.values()) != {5} or set(ind) != set(INDUSTRIES):
        p(f"industry distribution {ind}")
    lengths = {k: len(d["turns"]) for k, d in out.items()}
    if sum(1 for v in lengths.values() if v >= 20) < 10:
        p("fewer than ten long calls")
    # duplicate sentences across calls
    seen = {}
    for k, d in out.items():
        for t in d["turns"]:
            for s in re.split(r"[。？！]", t["text"]):
                s = s.strip("，、 ")
                if len(s) >= 8:
                    if s in seen and seen[s] != k:
                        p(f"duplicate sentence in {k} and {seen[s]}: {s}")
                    seen.setdefault(s, k)
    for k, d in out.items():
        with open(os.path.join(HERE, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    cats = collections.Counter()
    for d in out.values():
        for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
            cats[cat] += 1
    qa = collections.Counter()
    for d in out.values():
        q = d["labels"]["qa"]
        for key in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[key]:
                qa[key + "_missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_calls"] += 1
        if q["over_promise"]:
            qa["over_promise_calls"] += 1
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("turns total", sum(lengths.values()), "long(>=20)", sum(1 for v in lengths.values() if v >= 20),
          "min", min(lengths.values()), "max", max(lengths.values()))
    print("turns per call", lengths)
    print("categories (calls)", dict(cats.most_common()))
    print("signal spans", sum(len(d["labels"]["churn_signals"]) for d in out.values()))
    print("qa", dict(qa))
    print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out.values()))
    print("hard_negative", sum(1 for d in out.values() if "hard_negative" in d["tags"]),
          "negation", sum(1 for d in out.values() if "negation" in d["tags"]))
    for x in problems:
        print("PROBLEM", x)
    print(len(problems), "problems")


if __name__ == "__main__":
    main()
