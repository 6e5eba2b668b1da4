#!/usr/bin/env python3
"""Build call-e58-NN.json from calls_1..4.py and check labels mechanically."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for m in ("calls_1", "calls_2", "calls_3", "calls_4"):
    try:
        CALLS += __import__(m).CALLS
    except ModuleNotFoundError:
        print("missing module", m)

INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def parse_turns(cid, block):
    turns, neg = [], []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(":", 1)
        text = text.strip()
        if tag == "R":
            turns.append({"speaker": "rep", "text": text})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": text})
        else:
            err(cid, f"bad speaker tag {tag}")
    return turns, neg


def locate(cid, turns, item, speaker=None):
    if len(item) == 3:
        t, ev = item[2], item[1]
    elif len(item) == 2 and isinstance(item[1], int):
        ev, t = item
    else:
        ev = item[-1]
        t = None
    if t is None:
        hits = [i for i, x in enumerate(turns) if ev in x["text"] and (speaker is None or x["speaker"] == speaker)]
        if len(hits) != 1:
            err(cid, f"evidence {ev!r} found in turns {hits}")
            return None, ev
        t = hits[0]
    if ev not in turns[t]["text"]:
        err(cid, f"evidence {ev!r} not in turn {t}")
    if speaker and turns[t]["speaker"] != speaker:
        err(cid, f"span {ev!r} not on a {speaker} turn")
    return t, ev


def build(c):
    cid = "call-e58-%02d" % c["n"]
    turns, neg = parse_turns(cid, c["turns"])
    sigs = []
    for s in c.get("sig", []):
        t, ev = locate(cid, turns, s)
        if s[0] not in CATS:
            err(cid, f"bad category {s[0]}")
        sigs.append({"category": s[0], "turn": t, "evidence": ev})
    qa_flags = c["qa"]
    fw = [dict(zip(("turn", "evidence"), locate(cid, turns, (e,) if isinstance(e, str) else e, "rep"))) for e in c.get("fw", [])]
    op = [dict(zip(("turn", "evidence"), locate(cid, turns, (e,) if isinstance(e, str) else e, "rep"))) for e in c.get("op", [])]
    qa = {"greeting": "G" in qa_flags, "self_intro": "S" in qa_flags, "needs_discovery": "N" in qa_flags,
          "forbidden_words": fw, "over_promise": op, "next_step": "X" in qa_flags, "closing": "C" in qa_flags}
    # sanity checks
    reps = [x["text"] for x in turns if x["speaker"] == "rep"]
    has_greet = bool(re.search("您好|你好", reps[0]))
    if has_greet != qa["greeting"]:
        err(cid, f"greeting flag {qa['greeting']} but first rep turn greeting={has_greet}")
    has_close = bool(re.search("谢谢|感谢|祝", reps[-1]))
    if has_close != qa["closing"]:
        err(cid, f"closing flag {qa['closing']} but last rep turn thanks={has_close}")
    for i, x in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", x["text"]):
            err(cid, f"latin/digit in turn {i}")
        if re.search(r"[,.?!:;]", x["text"]):
            err(cid, f"ascii punctuation in turn {i}")
    n = len(turns)
    if not (10 <= n <= 30):
        err(cid, f"{n} turns")
    if c["risk"] == "none" and sigs:
        err(cid, "none with signals")
    if c["risk"] != "none" and not sigs:
        err(cid, "non-none without signals")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    return cid, doc


def main():
    docs = [build(c) for c in CALLS]
    ids = [d[0] for d in docs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for cid, doc in docs:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
    # distribution + duplicate sentences
    risk = collections.Counter(d["labels"]["churn_risk"] for _, d in docs)
    ind = collections.Counter(d["industry"] for _, d in docs)
    cats = collections.Counter()
    spans = collections.Counter()
    for _, d in docs:
        for c in {s["category"] for s in d["labels"]["churn_signals"]}:
            cats[c] += 1
        for s in d["labels"]["churn_signals"]:
            spans[s["category"]] += 1
    nt = [len(d["turns"]) for _, d in docs]
    sent = collections.defaultdict(set)
    for cid, d in docs:
        for t in d["turns"]:
            for s in re.split("[。！？，；]", t["text"]):
                if len(s) >= 9:
                    sent[s].add(cid)
    for s, w in sent.items():
        if len(w) > 1:
            errors.append(f"repeated phrase {s!r} in {sorted(w)}")
    qa_miss = collections.Counter()
    fwc = opc = 0
    for _, d in docs:
        q = d["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_miss[k] += 1
        fwc += bool(q["forbidden_words"])
        opc += bool(q["over_promise"])
    tags = collections.Counter(t for _, d in docs for t in d["tags"])
    print("calls", len(docs), "turns", sum(nt))
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("calls per category", dict(cats.most_common()), "spans", sum(spans.values()), dict(spans))
    print("turns per call: min", min(nt), "max", max(nt), "20-30:", sum(20 <= x <= 30 for x in nt),
          "10-19:", sum(10 <= x <= 19 for x in nt))
    print("qa missing", dict(qa_miss), "forbidden calls", fwc, "over_promise calls", opc)
    print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for _, d in docs))
    print("tags", dict(tags.most_common()))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))


if __name__ == "__main__":
    main()
