#!/usr/bin/env python3
"""Build call-u177-NN.json from calls_1.py .. calls_4.py and run self-checks.

Call format (dict):
  n      call number 1..40
  ind    industry
  risk   none / low / medium / high
  scen   scenario (Chinese)
  tags   list of tags
  turns  multi-line string, one turn per line: "R text", "C text", or "C! text"
         ("C!" = customer turn with negative emotion)
  sig    list of (category, evidence) or (category, evidence, turn)
  qa     string of true QA booleans: g=greeting s=self_intro n=needs_discovery x=next_step c=closing
  fw     forbidden-word evidence strings (rep turns), or (evidence, turn)
  op     over-promise evidence strings (rep turns), or (evidence, turn)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]

problems = []


def prob(cid, msg):
    problems.append(f"{cid}: {msg}")


def parse_turns(cid, text):
    turns, neg = [], []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, _, body = line.partition(" ")
        body = body.strip()
        if tag == "R":
            turns.append({"speaker": "rep", "text": body})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": body})
        else:
            prob(cid, f"bad turn line: {line[:20]}")
    return turns, neg


def locate(cid, turns, ev, turn=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if turn is not None:
        if turn not in hits:
            prob(cid, f"evidence not in turn {turn}: {ev}")
        return turn
    if len(hits) != 1:
        prob(cid, f"evidence found in {len(hits)} turns: {ev}")
        return hits[0] if hits else -1
    return hits[0]


def span_list(cid, turns, items, speaker):
    out = []
    for it in items:
        ev, turn = (it, None) if isinstance(it, str) else it
        i = locate(cid, turns, ev, turn, speaker)
        out.append({"turn": i, "evidence": ev})
    return out


def build(c):
    cid = f"call-u177-{c['n']:02d}"
    turns, neg = parse_turns(cid, c["turns"])
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        if cat not in CATS:
            prob(cid, f"bad category {cat}")
        i = locate(cid, turns, ev, turn)
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    qa = c["qa"]
    labels = {
        "churn_risk": c["risk"],
        "churn_signals": sigs,
        "qa": {
            "greeting": "g" in qa, "self_intro": "s" in qa, "needs_discovery": "n" in qa,
            "forbidden_words": span_list(cid, turns, c.get("fw", []), "rep"),
            "over_promise": span_list(cid, turns, c.get("op", []), "rep"),
            "next_step": "x" in qa, "closing": "c" in qa,
        },
        "customer_negative_turns": neg,
    }
    return {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
            "turns": turns, "labels": labels}


def check(call):
    cid = call["id"]
    turns = call["turns"]
    lab = call["labels"]
    if not (10 <= len(turns) <= 30):
        prob(cid, f"{len(turns)} turns")
    if call["industry"] not in INDUSTRIES:
        prob(cid, "bad industry")
    if lab["churn_risk"] not in RISKS:
        prob(cid, "bad risk")
    if lab["churn_risk"] == "none" and lab["churn_signals"]:
        prob(cid, "none with signals")
    if lab["churn_risk"] != "none" and not lab["churn_signals"]:
        prob(cid, "risk without signals")
    for t in turns:
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]):
            prob(cid, f"latin/digit in: {t['text'][:30]}")
        if re.search(r"[,?!:;]", t["text"]):
            prob(cid, f"ascii punctuation in: {t['text'][:30]}")
    for x in lab["qa"]["forbidden_words"] + lab["qa"]["over_promise"]:
        if turns[x["turn"]]["speaker"] != "rep":
            prob(cid, "qa span on customer turn")
    for i in lab["customer_negative_turns"]:
        if turns[i]["speaker"] != "customer":
            prob(cid, "negative turn not customer")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    first, last = reps[0], reps[-1]
    g = ("您好" in first or "你好" in first)
    if g != lab["qa"]["greeting"]:
        prob(cid, f"greeting label {lab['qa']['greeting']} vs heuristic {g}")
    cl = bool(re.search(r"谢|祝", last))
    if cl != lab["qa"]["closing"]:
        prob(cid, f"closing label {lab['qa']['closing']} vs heuristic {cl}")
    for s in lab["churn_signals"]:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            prob(cid, "evidence mismatch")


def main():
    calls = []
    for k in range(1, 5):
        p = os.path.join(HERE, f"calls_{k}.py")
        if not os.path.exists(p):
            continue
        ns = {}
        exec(open(p, encoding="utf-8").read(), ns)
        calls += ns["CALLS"]
    out = [build(c) for c in calls]
    for call in out:
        check(call)
    ids = [c["id"] for c in out]
    if len(set(ids)) != len(ids):
        prob("all", "duplicate ids")
    # sentence reuse across calls
    seen = {}
    for call in out:
        for t in call["turns"]:
            for s in re.split(r"[。？！，；]", t["text"]):
                if len(s) >= 8:
                    if s in seen and seen[s] != call["id"]:
                        prob(call["id"], f"phrase reused from {seen[s]}: {s}")
                    seen.setdefault(s, call["id"])
    for call in out:
        with open(os.path.join(HERE, call["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(call, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # distribution
    n = len(out)
    risk = collections.Counter(c["labels"]["churn_risk"] for c in out)
    ind = collections.Counter(c["industry"] for c in out)
    lens = [len(c["turns"]) for c in out]
    cats = collections.Counter()
    nspans = 0
    for c in out:
        nspans += len(c["labels"]["churn_signals"])
        for cat in {s["category"] for s in c["labels"]["churn_signals"]}:
            cats[cat] += 1
    tags = collections.Counter(t for c in out for t in c["tags"])
    qa = c_qa = collections.Counter()
    for c in out:
        q = c["labels"]["qa"]
        for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]:
            if not q[k]:
                qa[k + "_missing"] += 1
        if q["forbidden_words"]:
            qa["forbidden_calls"] += 1
        if q["over_promise"]:
            qa["over_promise_calls"] += 1
        qa["forbidden_spans"] += len(q["forbidden_words"])
        qa["over_promise_spans"] += len(q["over_promise"])
    negs = sum(len(c["labels"]["customer_negative_turns"]) for c in out)
    print(f"calls {n}, turns {sum(lens)}, min {min(lens) if lens else 0}, max {max(lens) if lens else 0}, "
          f"20-30 turns: {sum(1 for x in lens if x >= 20)}")
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("categories (calls)", dict(cats.most_common()), "spans", nspans)
    print("tags", dict(tags.most_common()))
    print("qa", dict(qa))
    print("negative customer turns", negs)
    by = collections.defaultdict(list)
    for c in out:
        by[(c["industry"], c["labels"]["churn_risk"])].append(c["id"][-2:])
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} build problems")


if __name__ == "__main__":
    main()
