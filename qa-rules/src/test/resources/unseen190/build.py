"""Build call-u190-NN.json from calls_1..4.py and check them.

Run: python3 /work/data/unseen190/build.py
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9,.?!:;()\"'\[\]]")

problems = []


def err(cid, msg):
    problems.append(f"{cid}: {msg}")


def locate(cid, turns, evidence, turn=None, want=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if evidence in t["text"]]
        if len(hits) != 1:
            err(cid, f"evidence {evidence!r} found in turns {hits}, give turn explicitly")
            return None
        turn = hits[0]
    if evidence not in turns[turn]["text"]:
        err(cid, f"evidence {evidence!r} not in turn {turn}")
    if want and turns[turn]["speaker"] != want:
        err(cid, f"span {evidence!r} at turn {turn} is not a {want} turn")
    return turn


def build(c):
    cid = f"call-u190-{c['n']:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["t"]):
        tag, text = raw.split("|", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(i)
        if BAD.search(text):
            err(cid, f"turn {i} has Latin/digit/ASCII punctuation: {BAD.findall(text)}")
        turns.append({"speaker": spk, "text": text})
    if not 8 <= len(turns) <= 12:
        err(cid, f"{len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        t = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        err(cid, "risk/signals mismatch")
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": [{"turn": locate(cid, turns, e, want="rep"), "evidence": e} for e in c["fw"]],
          "over_promise": [{"turn": locate(cid, turns, e, want="rep"), "evidence": e} for e in c["op"]],
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    first_rep = next(t["text"] for t in turns if t["speaker"] == "rep")
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        err(cid, "greeting flag disagrees with first rep turn")
    last_rep = [t["text"] for t in turns if t["speaker"] == "rep"][-1]
    if qa["closing"] != bool(re.search("谢|祝", last_rep)):
        err(cid, "closing flag disagrees with last rep turn")
    if c["ind"] not in INDUSTRIES:
        err(cid, "bad industry")
    return {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    assert [c["n"] for c in calls] == list(range(1, 41)), "call numbers"
    out = [build(c) for c in calls]
    # sentence reuse across calls (clauses of 8+ characters)
    seen = {}
    for o in out:
        for t in o["turns"]:
            for cl in re.split(r"[，。？！、；：…]", t["text"]):
                if len(cl) >= 8:
                    if cl in seen and seen[cl] != o["id"]:
                        err(o["id"], f"clause reused from {seen[cl]}: {cl}")
                    seen.setdefault(cl, o["id"])
    for o in out:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # distribution
    risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
    ind = collections.Counter(o["industry"] for o in out)
    nturns = [len(o["turns"]) for o in out]
    cats = collections.Counter()
    for o in out:
        for cat in {s["category"] for s in o["labels"]["churn_signals"]}:
            cats[cat] += 1
    tags = collections.Counter(t for o in out for t in o["tags"])
    qa_miss = collections.Counter()
    for o in out:
        q = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_miss[k] += 1
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("turns total", sum(nturns), "min", min(nturns), "max", max(nturns),
          "hist", dict(sorted(collections.Counter(nturns).items())))
    print("calls per category", dict(cats.most_common()))
    print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in out))
    print("tags", dict(tags.most_common()))
    print("qa missing", dict(qa_miss))
    print("forbidden calls", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
          "spans", sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out))
    print("over_promise calls", sum(1 for o in out if o["labels"]["qa"]["over_promise"]),
          "spans", sum(len(o["labels"]["qa"]["over_promise"]) for o in out))
    print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
    print("hard negatives by risk", dict(collections.Counter(
        o["labels"]["churn_risk"] for o in out if "hard_negative" in o["tags"])))
    if risk != {"none": 10, "low": 10, "medium": 10, "high": 10} or set(ind.values()) != {5}:
        problems.append("distribution off")
    print("\n".join(problems) if problems else "build: 0 problems")


main()
