#!/usr/bin/env python3
"""Build call-e49-NN.json from calls_1.py .. calls_4.py and self-check them.

Markup inside turn text:
  {category|span}  churn signal of that category (span = evidence)
  {F|span}         forbidden-word span (rep turns only)
  {O|span}         over-promise span (rep turns only)
Speakers: "r" = rep, "c" = customer, "c!" = customer turn with negative emotion.
QA flags: string containing g (greeting), s (self_intro), n (needs_discovery),
x (next_step), c (closing) for the items that are true.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
RISKS = ["none", "low", "medium", "high"]
MARK = re.compile(r"\{(\w+)\|([^{}|]+)\}")

problems = []


def prob(cid, msg):
    problems.append(f"{cid}: {msg}")


def build(raw):
    num, industry, risk, scenario, tags, qa_flags, turns_raw = raw
    cid = f"call-e49-{num:02d}"
    turns, signals, forb, over, neg = [], [], [], [], []
    for i, (sp, text) in enumerate(turns_raw):
        speaker = "rep" if sp == "r" else "customer"
        if sp not in ("r", "c", "c!"):
            prob(cid, f"bad speaker {sp!r} at turn {i}")
        if sp == "c!":
            neg.append(i)
        marks = MARK.findall(text)
        clean = MARK.sub(lambda m: m.group(2), text)
        if "{" in clean or "}" in clean or "|" in clean:
            prob(cid, f"unparsed markup in turn {i}: {clean}")
        for cat, ev in marks:
            if clean.count(ev) < 1:
                prob(cid, f"evidence not in turn {i}: {ev}")
            if cat == "F" or cat == "O":
                if speaker != "rep":
                    prob(cid, f"QA span on customer turn {i}")
                (forb if cat == "F" else over).append({"turn": i, "evidence": ev})
            elif cat in CATS:
                signals.append({"category": cat, "turn": i, "evidence": ev})
            else:
                prob(cid, f"unknown category {cat} at turn {i}")
        turns.append({"speaker": speaker, "text": clean})
    qa = {"greeting": "g" in qa_flags, "self_intro": "s" in qa_flags,
          "needs_discovery": "n" in qa_flags, "forbidden_words": forb,
          "over_promise": over, "next_step": "x" in qa_flags, "closing": "c" in qa_flags}
    # tags: scenario tags given by hand + churn categories present + over_promise + short
    t = list(tags)
    for s in signals:
        if s["category"] not in t:
            t.append(s["category"])
    if over and "over_promise" not in t:
        t.append("over_promise")
    if len(turns) <= 12 and "short" not in t:
        t.append("short")
    call = {"id": cid, "industry": industry, "scenario": scenario, "tags": t,
            "turns": turns,
            "labels": {"churn_risk": risk, "churn_signals": signals, "qa": qa,
                       "customer_negative_turns": neg}}
    check(call)
    return call


def check(call):
    cid = call["id"]
    turns = call["turns"]
    lab = call["labels"]
    if call["industry"] not in INDUSTRIES:
        prob(cid, "bad industry")
    if lab["churn_risk"] not in RISKS:
        prob(cid, "bad risk")
    n = len(turns)
    if not 10 <= n <= 30:
        prob(cid, f"{n} turns")
    for i, t in enumerate(turns):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", t["text"]):
            prob(cid, f"latin/digit in turn {i}: {t['text']}")
        if re.search(r"[,.?!:;\"'()]", t["text"]):
            prob(cid, f"ascii punctuation in turn {i}: {t['text']}")
    for s in lab["churn_signals"] + lab["qa"]["forbidden_words"] + lab["qa"]["over_promise"]:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            prob(cid, f"evidence not substring: {s}")
    for i in lab["customer_negative_turns"]:
        if turns[i]["speaker"] != "customer":
            prob(cid, f"negative turn {i} not customer")
    if lab["churn_risk"] == "none" and lab["churn_signals"]:
        prob(cid, "none call with signals")
    if lab["churn_risk"] != "none" and not lab["churn_signals"]:
        prob(cid, "risk without signals")
    # heuristics for greeting / closing
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    first, last = reps[0], reps[-1]
    g = ("您好" in first or "你好" in first)
    if g != lab["qa"]["greeting"]:
        prob(cid, f"greeting flag {lab['qa']['greeting']} vs first rep turn: {first}")
    c = any(w in last for w in ("谢谢", "感谢", "祝"))
    if c != lab["qa"]["closing"]:
        prob(cid, f"closing flag {lab['qa']['closing']} vs last rep turn: {last}")
    if turns[0]["speaker"] != "rep":
        prob(cid, "first turn not rep")


def main():
    raws = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    calls = [build(r) for r in raws]
    ids = [c["id"] for c in calls]
    if ids != [f"call-e49-{i:02d}" for i in range(1, 41)]:
        problems.append(f"ids not 01..40: {ids}")
    # duplicate sentences across calls
    seen = {}
    for c in calls:
        for t in c["turns"]:
            for s in re.split(r"[。！？；]", t["text"]):
                s = s.strip("，、 ")
                if len(s) >= 8:
                    if s in seen and seen[s] != c["id"]:
                        problems.append(f"sentence reused in {seen[s]} and {c['id']}: {s}")
                    seen.setdefault(s, c["id"])
    risk = collections.Counter(c["labels"]["churn_risk"] for c in calls)
    ind = collections.Counter(c["industry"] for c in calls)
    if any(risk[r] != 10 for r in RISKS):
        problems.append(f"risk distribution {dict(risk)}")
    if any(ind[i] != 5 for i in INDUSTRIES):
        problems.append(f"industry distribution {dict(ind)}")
    long_calls = sum(1 for c in calls if len(c["turns"]) >= 20)
    if long_calls < 10:
        problems.append(f"only {long_calls} calls with 20+ turns")
    for c in calls:
        with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    cats = collections.Counter()
    spans = 0
    for c in calls:
        spans += len(c["labels"]["churn_signals"])
        for cat in {s["category"] for s in c["labels"]["churn_signals"]}:
            cats[cat] += 1
    qa_miss = collections.Counter()
    for c in calls:
        q = c["labels"]["qa"]
        for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not q[k]:
                qa_miss[k] += 1
        if q["forbidden_words"]:
            qa_miss["forbidden_words(calls)"] += 1
        if q["over_promise"]:
            qa_miss["over_promise(calls)"] += 1
    print("calls", len(calls), "turns", sum(len(c["turns"]) for c in calls))
    print("risk", dict(risk))
    print("industry", dict(ind))
    print("turn counts", sorted(len(c["turns"]) for c in calls), "20+:", long_calls)
    print("categories (calls)", dict(cats.most_common()), "spans", spans)
    print("qa", dict(qa_miss))
    print("negative customer turns", sum(len(c["labels"]["customer_negative_turns"]) for c in calls))
    print("hard_negative", sum("hard_negative" in c["tags"] for c in calls),
          "negation", sum("negation" in c["tags"] for c in calls),
          "ambiguous", sum("ambiguous" in c["tags"] for c in calls),
          "big_account", sum("big_account" in c["tags"] for c in calls))
    print("problems", len(problems))
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
