#!/usr/bin/env python3
"""Build call-u202-NN.json from calls_1.py .. calls_4.py and check every label mechanically.

Call format (dict):
  ind, risk, scen, tags, qa (string of letters for true items: G greeting, S self_intro,
  N needs_discovery, X next_step, C closing), sig [(category, evidence[, turn])],
  fw [evidence[, turn]], op [evidence[, turn]], t (turns: one per line, "R:" rep, "C:" customer,
  "C!:" customer turn with negative emotion).
Turn indexes are found from the evidence (must be unique unless a turn is given).
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
BAD = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]")
ASCII_PUNCT = re.compile(r"[,.?!:;()\"']")

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def locate(cid, turns, ev, turn, speakers=None):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            err(cid, f"evidence {ev!r} not in turn {turn}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speakers is None or t["speaker"] in speakers)]
    if len(hits) != 1:
        err(cid, f"evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]


def build(n, c):
    cid = f"call-u202-{n:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
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
            err(cid, f"bad tag {tag!r}")
        if BAD.search(text):
            err(cid, f"latin/digit in turn {len(turns)-1}: {text}")
        if ASCII_PUNCT.search(text):
            err(cid, f"ascii punctuation in turn {len(turns)-1}: {text}")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        turn = s[2] if len(s) > 2 else None
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        sigs.append({"category": cat, "turn": locate(cid, turns, ev, turn), "evidence": ev})

    def spans(lst):
        out = []
        for s in lst:
            ev, turn = (s, None) if isinstance(s, str) else (s[0], s[1])
            i = locate(cid, turns, ev, turn, speakers={"rep"})
            if i >= 0 and turns[i]["speaker"] != "rep":
                err(cid, f"qa span {ev!r} not in a rep turn")
            out.append({"turn": i, "evidence": ev})
        return out

    q = c["qa"]
    qa = {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
          "forbidden_words": spans(c.get("fw", [])), "over_promise": spans(c.get("op", [])),
          "next_step": "X" in q, "closing": "C" in q}
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first_rep, last_rep = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != ("您好" in first_rep or "你好" in first_rep):
        err(cid, f"greeting label {qa['greeting']} vs first rep turn: {first_rep}")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", last_rep)):
        err(cid, f"closing label {qa['closing']} vs last rep turn: {last_rep}")
    if c["risk"] == "none" and sigs:
        err(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        err(cid, f"{c['risk']} call without signals")
    if not 10 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    for i in neg:
        if turns[i]["speaker"] != "customer":
            err(cid, f"neg turn {i} not customer")
    call = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                       "customer_negative_turns": neg}}
    return call


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    built = [build(i + 1, c) for i, c in enumerate(calls)]
    # distribution and cross-call checks
    risk = collections.Counter(c["labels"]["churn_risk"] for c in built)
    ind = collections.Counter(c["industry"] for c in built)
    seen = {}
    for c in built:
        for i, t in enumerate(c["turns"]):
            for sent in re.split(r"(?<=[。？！])", t["text"]):
                if len(sent) >= 12:
                    if sent in seen and seen[sent] != c["id"]:
                        errors.append(f"{c['id']}: sentence reused from {seen[sent]}: {sent}")
                    seen.setdefault(sent, c["id"])
    if len(built) != 40 or any(v != 10 for v in risk.values()) or any(ind[k] != 5 for k in INDUSTRIES):
        errors.append(f"distribution: {len(built)} calls, risk {dict(risk)}, industry {dict(ind)}")
    nlong = sum(1 for c in built if len(c["turns"]) >= 20)
    if nlong < 10:
        errors.append(f"only {nlong} long calls")
    for e in errors:
        print("ERROR", e)
    if errors and "--force" not in sys.argv:
        sys.exit(1)
    for c in built:
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    cats = collections.Counter()
    nspans = 0
    for c in built:
        s = c["labels"]["churn_signals"]
        nspans += len(s)
        for k in {x["category"] for x in s}:
            cats[k] += 1
    tags = collections.Counter(t for c in built for t in c["tags"])
    nturns = [len(c["turns"]) for c in built]
    qa = c["labels"]["qa"]
    miss = {k: sum(1 for c in built if not c["labels"]["qa"][k])
            for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
    fw = sum(1 for c in built if c["labels"]["qa"]["forbidden_words"])
    op = sum(1 for c in built if c["labels"]["qa"]["over_promise"])
    fws = sum(len(c["labels"]["qa"]["forbidden_words"]) for c in built)
    ops = sum(len(c["labels"]["qa"]["over_promise"]) for c in built)
    negs = sum(len(c["labels"]["customer_negative_turns"]) for c in built)
    print(f"{len(built)} calls, {sum(nturns)} turns; turns/call min {min(nturns)} max {max(nturns)}; "
          f"20-30 turns: {nlong}; 10-19 turns: {len(built)-nlong}")
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("categories (calls)", dict(cats.most_common()), "spans", nspans)
    print("tags", dict(tags.most_common()))
    print("qa missing", miss, f"forbidden calls {fw} spans {fws}; over_promise calls {op} spans {ops}; neg turns {negs}")
    for c in built:
        l = c["labels"]
        print(c["id"], c["industry"], l["churn_risk"], len(c["turns"]),
              sorted({s["category"] for s in l["churn_signals"]}), ",".join(t for t in c["tags"]))


if __name__ == "__main__":
    main()
