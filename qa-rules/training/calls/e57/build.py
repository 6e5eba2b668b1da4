#!/usr/bin/env python3
"""Build call-e57-NN.json from calls_1.py .. calls_4.py and check them.

Data format (see README.md): each call is a dict
  n      call number (1..40)
  ind    industry
  risk   churn_risk
  scen   one-line scenario (Chinese)
  tags   scenario tags
  qa     "gsnxc" flags: greeting, self_intro, needs_discovery, next_step, closing
         as a 5-char string of 1/0, e.g. "11101"
  t      list of turns: "R 文本" (rep), "C 文本" (customer), "C! 文本" (customer, negative emotion)
Labels are marked inline in the text:
  [[category|证据]]  churn signal (category = one of the nine churn categories)
  [[OP|证据]]        over-promise span (rep turns only)
  [[FW|证据]]        forbidden-word span (rep turns only)
The markers are stripped from the text; the evidence is the marked substring, the turn is the
index of the turn in which it sits. Afterwards every evidence string is re-checked against the
final text.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
MARK = re.compile(r"\[\[([A-Za-z_]+)\|([^\[\]|]+)\]\]")


def load():
    calls = []
    for k in range(1, 5):
        mod = __import__(f"calls_{k}")
        calls.extend(mod.CALLS)
    return calls


def build_one(c, errors):
    cid = f"call-e57-{c['n']:02d}"
    turns, signals, op, fw, neg = [], [], [], [], []
    for i, raw in enumerate(c["t"]):
        head, _, body = raw.partition(" ")
        if head not in ("R", "C", "C!"):
            errors.append(f"{cid} turn {i}: bad speaker prefix {head!r}")
            continue
        speaker = "rep" if head == "R" else "customer"
        if head == "C!":
            neg.append(i)
        spans = []
        for m in MARK.finditer(body):
            spans.append((m.group(1), m.group(2)))
        text = MARK.sub(lambda m: m.group(2), body)
        if "[[" in text or "]]" in text or "|" in text:
            errors.append(f"{cid} turn {i}: leftover marker in {text!r}")
        if re.search(r"[A-Za-z0-9]", text):
            errors.append(f"{cid} turn {i}: Latin letter or digit in {text!r}")
        if re.search(r"[,.?!:;()]", text):
            errors.append(f"{cid} turn {i}: ASCII punctuation in {text!r}")
        for kind, ev in spans:
            if kind == "OP" or kind == "FW":
                if speaker != "rep":
                    errors.append(f"{cid} turn {i}: {kind} span on a customer turn")
                (op if kind == "OP" else fw).append({"turn": i, "evidence": ev})
            elif kind in CATS:
                signals.append({"category": kind, "turn": i, "evidence": ev})
            else:
                errors.append(f"{cid} turn {i}: unknown marker {kind}")
        turns.append({"speaker": speaker, "text": text})
    q = c["qa"]
    qa = {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
          "forbidden_words": fw, "over_promise": op,
          "next_step": q[3] == "1", "closing": q[4] == "1"}
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": signals, "qa": qa,
                      "customer_negative_turns": neg}}
    return obj


def check(objs, errors, warnings):
    risk = Counter(o["labels"]["churn_risk"] for o in objs)
    ind = Counter(o["industry"] for o in objs)
    for r in RISKS:
        if risk[r] != 10:
            errors.append(f"risk {r}: {risk[r]} calls, want 10")
    for k in INDUSTRIES:
        if ind[k] != 5:
            errors.append(f"industry {k}: {ind[k]} calls, want 5")
    long_calls = 0
    sent_calls = defaultdict(set)
    for o in objs:
        cid, T, L = o["id"], o["turns"], o["labels"]
        n = len(T)
        if 20 <= n <= 30:
            long_calls += 1
        elif not (10 <= n <= 19):
            errors.append(f"{cid}: {n} turns, outside 10-30")
        if o["industry"] not in INDUSTRIES:
            errors.append(f"{cid}: bad industry")
        if L["churn_risk"] == "none" and L["churn_signals"]:
            errors.append(f"{cid}: none call with signals")
        if L["churn_risk"] != "none" and not L["churn_signals"]:
            errors.append(f"{cid}: {L['churn_risk']} call without signals")
        # the required check: every evidence is an exact substring of its turn
        for s in L["churn_signals"] + L["qa"]["over_promise"] + L["qa"]["forbidden_words"]:
            if not (0 <= s["turn"] < n) or s["evidence"] not in T[s["turn"]]["text"]:
                errors.append(f"{cid}: evidence {s['evidence']!r} not in turn {s['turn']}")
        for s in L["qa"]["over_promise"] + L["qa"]["forbidden_words"]:
            if T[s["turn"]]["speaker"] != "rep":
                errors.append(f"{cid}: QA span on non-rep turn {s['turn']}")
        for i in L["customer_negative_turns"]:
            if T[i]["speaker"] != "customer":
                errors.append(f"{cid}: negative turn {i} is not a customer turn")
        reps = [t["text"] for t in T if t["speaker"] == "rep"]
        g = ("您好" in reps[0]) or ("你好" in reps[0])
        if g != L["qa"]["greeting"]:
            warnings.append(f"{cid}: greeting flag {L['qa']['greeting']} but first rep turn {reps[0][:20]!r}")
        cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
        if cl != L["qa"]["closing"]:
            warnings.append(f"{cid}: closing flag {L['qa']['closing']} but last rep turn {reps[-1]!r}")
        for t in T:
            for sen in re.split(r"[。！？；，]", t["text"]):
                if len(sen) >= 9:
                    sent_calls[sen].add(cid)
    if long_calls < 10:
        errors.append(f"only {long_calls} calls with 20-30 turns, want >= 10")
    for sen, ids in sent_calls.items():
        if len(ids) > 1:
            warnings.append(f"clause reused in {sorted(ids)}: {sen}")
    return long_calls


def main():
    calls = load()
    errors, warnings = [], []
    nums = [c["n"] for c in calls]
    if sorted(nums) != list(range(1, 41)):
        errors.append(f"call numbers not 1..40: {sorted(nums)}")
    objs = [build_one(c, errors) for c in calls]
    long_calls = check(objs, errors, warnings)
    for o in objs:
        with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write("\n")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    # summary
    print(f"{len(objs)} calls, {sum(len(o['turns']) for o in objs)} turns, long calls {long_calls}")
    print("risk", Counter(o["labels"]["churn_risk"] for o in objs))
    print("industry x risk", sorted(Counter((o["industry"], o["labels"]["churn_risk"]) for o in objs).items()))
    cat_calls = Counter()
    spans = 0
    for o in objs:
        spans += len(o["labels"]["churn_signals"])
        for c in {s["category"] for s in o["labels"]["churn_signals"]}:
            cat_calls[c] += 1
    print("calls per category", dict(cat_calls), "spans", spans)
    miss = Counter()
    for o in objs:
        q = o["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                miss[k] += 1
        if q["forbidden_words"]:
            miss["calls_with_forbidden"] += 1
        if q["over_promise"]:
            miss["calls_with_over_promise"] += 1
    print("qa", dict(miss))
    print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in objs))
    tagc = Counter(t for o in objs for t in o["tags"])
    print("tags", dict(tagc))
    print("turn counts", sorted(len(o["turns"]) for o in objs))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
