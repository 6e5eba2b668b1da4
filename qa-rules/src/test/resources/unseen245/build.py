#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build call-u245-NN.json from calls_1.py .. calls_4.py and check the labels mechanically."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[\x00-\x7f０-９Ａ-Ｚａ-ｚ]")  # any ASCII (letters, digits, punctuation, space) or full-width alnum

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
problems = []

def err(n, msg):
    problems.append("call %02d: %s" % (n, msg))

def span(n, turns, t, ev, want_speaker, what):
    if not (0 <= t < len(turns)):
        err(n, "%s turn %d out of range" % (what, t)); return
    sp, text = turns[t]
    if sp != want_speaker:
        err(n, "%s turn %d is %s, expected %s" % (what, t, sp, want_speaker))
    if ev not in text:
        err(n, "%s evidence not in turn %d: %s" % (what, t, ev))
    elif text.count(ev) > 1:
        err(n, "%s evidence occurs twice in turn %d: %s" % (what, t, ev))

assert [c["n"] for c in calls] == list(range(1, 41)), "call numbers must be 1..40 in order"
out = []
for c in calls:
    n, turns = c["n"], c["turns"]
    if not (8 <= len(turns) <= 30):
        err(n, "%d turns" % len(turns))
    if c["industry"] not in INDUSTRIES:
        err(n, "bad industry")
    if c["risk"] not in RISKS:
        err(n, "bad risk")
    for i, (sp, text) in enumerate(turns):
        if sp not in ("r", "c"):
            err(n, "bad speaker at %d" % i)
        m = BAD_CHARS.search(text)
        if m or not text:
            err(n, "bad character %r in turn %d" % (m.group() if m else "", i))
    if BAD_CHARS.search(c["scenario"]):
        err(n, "bad character in scenario")
    for cat, t, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(n, "bad category " + cat)
        if not (0 <= t < len(turns)) or ev not in turns[t][1]:
            err(n, "signal evidence not in turn %d: %s" % (t, ev))
    if c["risk"] == "none" and c["signals"]:
        err(n, "none call with signals")
    if c["risk"] != "none" and not c["signals"]:
        err(n, "risk %s without signals" % c["risk"])
    qa = c["qa"]
    for t, ev in qa["f"]:
        span(n, turns, t, ev, "r", "forbidden")
    for t, ev in qa["o"]:
        span(n, turns, t, ev, "r", "over_promise")
    for t in c["neg"]:
        if not (0 <= t < len(turns)) or turns[t][0] != "c":
            err(n, "negative turn %d is not a customer turn" % t)
    rep_idx = [i for i, (sp, _) in enumerate(turns) if sp == "r"]
    first, last = turns[rep_idx[0]][1], turns[rep_idx[-1]][1]
    if bool(qa["g"]) != ("您好" in first or "你好" in first):
        err(n, "greeting flag disagrees with first rep turn")
    if bool(qa["c"]) != any(w in last for w in ("谢谢", "感谢", "祝")):
        err(n, "closing flag disagrees with last rep turn")

    cid = "call-u245-%02d" % n
    out.append((cid, {
        "id": cid,
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": [{"speaker": "rep" if sp == "r" else "customer", "text": text} for sp, text in turns],
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": cat, "turn": t, "evidence": ev} for cat, t, ev in c["signals"]],
            "qa": {
                "greeting": bool(qa["g"]), "self_intro": bool(qa["i"]), "needs_discovery": bool(qa["n"]),
                "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in qa["f"]],
                "over_promise": [{"turn": t, "evidence": ev} for t, ev in qa["o"]],
                "next_step": bool(qa["x"]), "closing": bool(qa["c"]),
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }))

risk_count = collections.Counter(c["risk"] for c in calls)
ind_count = collections.Counter(c["industry"] for c in calls)
if any(risk_count[r] != 10 for r in RISKS):
    problems.append("risk counts %s" % dict(risk_count))
if set(ind_count) != INDUSTRIES:
    problems.append("industries missing: %s" % (INDUSTRIES - set(ind_count)))

if problems:
    print("\n".join(problems))
    sys.exit(1)

for cid, obj in out:
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

spans = collections.Counter(cat for c in calls for cat, _, _ in c["signals"])
percall = collections.Counter(cat for c in calls for cat in {s[0] for s in c["signals"]})
nturns = sum(len(c["turns"]) for c in calls)
print("wrote %d calls, %d turns" % (len(out), nturns))
print("churn_risk:", {r: risk_count[r] for r in RISKS})
print("industries:", dict(sorted(ind_count.items())))
print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
print("calls containing category:", {k: percall[k] for k in CATEGORIES})
miss = {k: sum(1 for c in calls if not c["qa"][k]) for k in ("g", "i", "n", "x", "c")}
print("QA missing: greeting %(g)d, self_intro %(i)d, needs %(n)d, next_step %(x)d, closing %(c)d" % miss)
print("forbidden calls %d spans %d; over_promise calls %d spans %d" % (
    sum(1 for c in calls if c["qa"]["f"]), sum(len(c["qa"]["f"]) for c in calls),
    sum(1 for c in calls if c["qa"]["o"]), sum(len(c["qa"]["o"]) for c in calls)))
print("customer negative turns:", sum(len(c["neg"]) for c in calls))
short = [c for c in calls if "short" in c["tags"]]
print("short calls %d (%d turns); long calls %d (%d turns)" % (
    len(short), sum(len(c["turns"]) for c in short), 40 - len(short),
    nturns - sum(len(c["turns"]) for c in short)))
