#!/usr/bin/env python3
"""Build call-u104-NN.json from calls_def.py and check the labels mechanically."""
import json, os, re, sys, collections

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
MARK = re.compile(r"\{([a-z_]+)\|([^{}]+)\}")
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")

problems = []


def prob(cid, msg):
    problems.append(f"{cid}: {msg}")


def build(c):
    cid = f"call-u104-{c['n']:02d}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l for l in c["text"].strip().split("\n") if l.strip()]:
        tag, text = line.split(": ", 1)
        speaker = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        i = len(turns)
        for cat, phrase in MARK.findall(text):
            if cat in CATS:
                sigs.append({"category": cat, "turn": i, "evidence": phrase})
            elif cat == "fw":
                fw.append({"turn": i, "evidence": phrase})
                if speaker != "rep":
                    prob(cid, f"forbidden span in customer turn {i}")
            elif cat == "op":
                op.append({"turn": i, "evidence": phrase})
                if speaker != "rep":
                    prob(cid, f"over-promise span in customer turn {i}")
            else:
                prob(cid, f"unknown marker {cat}")
        clean = MARK.sub(lambda m: m.group(2), text)
        if BAD.search(clean):
            prob(cid, f"turn {i} has Latin/digit/ASCII punctuation: {BAD.findall(clean)}")
        if tag == "C!":
            neg.append(i)
        turns.append({"speaker": speaker, "text": clean})
    qa = {k: k not in c["miss"] for k in QA_BOOLS}
    # heuristics for the booleans
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    g = ("您好" in first) or ("你好" in first)
    if g != qa["greeting"]:
        prob(cid, f"greeting label {qa['greeting']} vs heuristic {g}")
    cl = any(w in last for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        prob(cid, f"closing label {qa['closing']} vs heuristic {cl}")
    asks = any("？" in turns[i]["text"] for i in rep_idx)
    if qa["needs_discovery"] and not asks:
        prob(cid, "needs_discovery true but rep never asks a question")
    if not qa["needs_discovery"] and asks:
        print(f"  note {cid}: needs_discovery false, rep question marks: " +
              " | ".join(turns[i]["text"] for i in rep_idx if "？" in turns[i]["text"]))
    if not 8 <= len(turns) <= 30:
        prob(cid, f"{len(turns)} turns")
    if c["risk"] == "none" and sigs:
        prob(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        prob(cid, "risk without signals")
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            prob(cid, "evidence not substring")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    qa_full = {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
               "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
               "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]}
    tags = list(c["tags"])
    return cid, {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
                 "turns": turns,
                 "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa_full,
                            "customer_negative_turns": neg}}


def main():
    stats = collections.Counter()
    cats = collections.Counter()
    ind = collections.Counter()
    spans = 0
    turns_total = 0
    lens = []
    all_texts = collections.Counter()
    for c in CALLS:
        cid, d = build(c)
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats[d["labels"]["churn_risk"]] += 1
        ind[d["industry"]] += 1
        for cat in {s["category"] for s in d["labels"]["churn_signals"]}:
            cats[cat] += 1
        spans += len(d["labels"]["churn_signals"])
        turns_total += len(d["turns"])
        lens.append(len(d["turns"]))
        for t in d["turns"]:
            all_texts[t["text"]] += 1
    for t, n in all_texts.items():
        if n > 1 and len(t) > 6:
            problems.append(f"repeated turn text x{n}: {t}")
    print("calls", len(CALLS), "turns", turns_total, "signal spans", spans)
    print("risk", dict(stats))
    print("industry", dict(ind))
    print("categories (calls)", dict(cats.most_common()))
    print("lengths", sorted(lens))
    for p in problems:
        print("PROBLEM", p)
    print(len(problems), "problems")


if __name__ == "__main__":
    main()
