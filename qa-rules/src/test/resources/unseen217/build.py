#!/usr/bin/env python3
"""Build call-u217-01.json ... call-u217-40.json from calls_1.py ... calls_4.py and check them.

Call format (in calls_N.py, list CALLS):
  ind, risk, sc (scenario), tags, t (turn texts; speakers alternate rep, customer, rep, ...),
  sig: [(category, evidence)] or [(category, evidence, turn)]; the turn is located automatically
       when evidence occurs in exactly one turn, otherwise the explicit turn is required,
  miss: letters of QA booleans that are false: g=greeting s=self_intro n=needs_discovery
        x=next_step c=closing,
  fw / op: forbidden-word / over-promise evidence strings (rep turns, located automatically),
  neg: customer turns with negative emotion, as indexes or as substrings of the turn.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
errors = []


def locate(texts, ev, turn, where, speaker=None):
    if turn is None:
        hits = [i for i, t in enumerate(texts) if ev in t]
        if len(hits) != 1:
            errors.append(f"{where}: evidence {ev!r} found in turns {hits}, need exactly one")
            return -1
        turn = hits[0]
    if not (0 <= turn < len(texts)) or ev not in texts[turn]:
        errors.append(f"{where}: evidence {ev!r} is not a substring of turn {turn}")
    if speaker == "rep" and turn % 2 != 0:
        errors.append(f"{where}: QA span {ev!r} is in customer turn {turn}")
    return turn


def main():
    calls = []
    for n in range(1, 5):
        mod = __import__(f"calls_{n}")
        calls.extend(mod.CALLS)
    if len(calls) != 40:
        errors.append(f"{len(calls)} calls, expected 40")
    seen_sentences = collections.Counter()
    for k, c in enumerate(calls, 1):
        cid = f"call-u217-{k:02d}"
        texts = c["t"]
        where = cid
        for i, t in enumerate(texts):
            if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t):
                errors.append(f"{where} turn {i}: Latin letter or digit in {t!r}")
            if re.search(r"[,.!?;:]", t):
                errors.append(f"{where} turn {i}: ASCII punctuation in {t!r}")
            for s in re.split(r"[。！？]", t):
                if len(s) >= 12:
                    seen_sentences[s] += 1
        turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t}
                 for i, t in enumerate(texts)]
        sigs = []
        for s in c.get("sig", []):
            cat, ev = s[0], s[1]
            turn = s[2] if len(s) > 2 else None
            if cat not in CATS:
                errors.append(f"{where}: bad category {cat}")
            sigs.append({"category": cat, "turn": locate(texts, ev, turn, where), "evidence": ev})
        miss = c.get("miss", "")
        qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss,
              "needs_discovery": "n" not in miss,
              "forbidden_words": [{"turn": locate(texts, e, None, where, "rep"), "evidence": e}
                                  for e in c.get("fw", [])],
              "over_promise": [{"turn": locate(texts, e, None, where, "rep"), "evidence": e}
                               for e in c.get("op", [])],
              "next_step": "x" not in miss, "closing": "c" not in miss}
        # mechanical sanity for greeting: first rep turn must contain 您好/你好 iff greeting
        has_hello = ("您好" in texts[0]) or ("你好" in texts[0])
        if has_hello != qa["greeting"]:
            errors.append(f"{where}: greeting label {qa['greeting']} but first rep turn hello={has_hello}")
        neg = []
        for x in c.get("neg", []):
            if isinstance(x, str):
                x = locate(texts, x, None, where)
            if x % 2 != 1:
                errors.append(f"{where}: negative turn {x} is not a customer turn")
            neg.append(x)
        neg = sorted(set(neg))
        risk = c["risk"]
        if risk == "none" and sigs:
            errors.append(f"{where}: none call with signals")
        if risk != "none" and not sigs:
            errors.append(f"{where}: {risk} call without signals")
        if c["ind"] not in INDS:
            errors.append(f"{where}: bad industry {c['ind']}")
        if not (10 <= len(texts) <= 30):
            errors.append(f"{where}: {len(texts)} turns")
        sigs.sort(key=lambda s: s["turn"])
        obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
               "turns": turns,
               "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                          "customer_negative_turns": neg}}
        c["_obj"] = obj
    dups = [s for s, n in seen_sentences.items() if n > 1]
    if dups:
        errors.append(f"repeated sentences: {dups}")
    risks = collections.Counter(c["risk"] for c in calls)
    inds = collections.Counter(c["ind"] for c in calls)
    if any(risks[r] != 10 for r in ("none", "low", "medium", "high")):
        errors.append(f"risk distribution {dict(risks)}")
    if any(inds[i] != 5 for i in INDS):
        errors.append(f"industry distribution {dict(inds)}")
    long_calls = sum(1 for c in calls if 20 <= len(c["t"]) <= 30)
    if long_calls < 10:
        errors.append(f"only {long_calls} calls with 20-30 turns")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors; nothing written")
        return 1
    for c in calls:
        o = c["_obj"]
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    cat_calls = collections.Counter()
    nspans = 0
    for c in calls:
        cats = {s["category"] for s in c["_obj"]["labels"]["churn_signals"]}
        nspans += len(c["_obj"]["labels"]["churn_signals"])
        cat_calls.update(cats)
    lens = [len(c["t"]) for c in calls]
    qa_miss = collections.Counter()
    for c in calls:
        q = c["_obj"]["labels"]["qa"]
        for k2 in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k2]:
                qa_miss[k2] += 1
        if q["forbidden_words"]:
            qa_miss["forbidden_words(calls)"] += 1
        if q["over_promise"]:
            qa_miss["over_promise(calls)"] += 1
    tags = collections.Counter(t for c in calls for t in c["tags"])
    print("wrote 40 calls")
    print("risk", dict(risks))
    print("industry", dict(inds))
    print("turns total", sum(lens), "min", min(lens), "max", max(lens), "20-30:", long_calls)
    print("calls per category", dict(cat_calls.most_common()), "spans", nspans)
    print("qa", dict(qa_miss))
    print("neg turns", sum(len(c["_obj"]["labels"]["customer_negative_turns"]) for c in calls))
    print("tags", dict(tags.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
