# -*- coding: utf-8 -*-
"""Build call-u259-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: ids, industries, churn_risk balance, turn counts, speakers, text characters
(no Latin letters, no Arabic digits, no ASCII punctuation or spaces), every evidence string is
an exact substring of its turn, QA spans on rep turns only, negative turns on customer turns
only, none-calls without signals and other calls with at least one signal, plus heuristic
cross-checks of the greeting and closing booleans. Exits non-zero on any error.
"""
import collections
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
BAD_CHARS = re.compile(r"[\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

calls = []
for i in range(1, 5):
    calls.extend(importlib.import_module("calls_%d" % i).CALLS)

errors, warnings = [], []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def span_check(cid, turns, turn, ev, what, speaker=None):
    if not isinstance(turn, int) or not 0 <= turn < len(turns):
        err(cid, "%s turn %r out of range" % (what, turn))
        return
    sp, text = turns[turn]
    if ev not in text:
        err(cid, "%s evidence %r not in turn %d" % (what, ev, turn))
    if speaker and sp != speaker:
        err(cid, "%s on turn %d spoken by %s, expected %s" % (what, turn, sp, speaker))
    if not ev.strip():
        err(cid, "%s empty evidence" % what)


ids = [c["id"] for c in calls]
expected = ["call-u259-%02d" % n for n in range(1, 41)]
if ids != expected:
    errors.append("ids not call-u259-01..40 in order: %s" % ids)

for c in calls:
    cid, turns = c["id"], c["turns"]
    if c["industry"] not in INDUSTRIES:
        err(cid, "bad industry %s" % c["industry"])
    if c["risk"] not in RISKS:
        err(cid, "bad risk %s" % c["risk"])
    if not 8 <= len(turns) <= 30:
        err(cid, "%d turns" % len(turns))
    for k, (sp, text) in enumerate(turns):
        if sp not in ("rep", "customer"):
            err(cid, "turn %d bad speaker %s" % (k, sp))
        bad = BAD_CHARS.findall(text)
        if bad:
            err(cid, "turn %d has forbidden characters %r" % (k, "".join(bad)))
        if not text:
            err(cid, "turn %d empty" % k)
    if BAD_CHARS.search(c["scenario"]):
        err(cid, "scenario has ASCII characters")
    if c["risk"] == "none" and c["signals"]:
        err(cid, "none-call with signals")
    if c["risk"] != "none" and not c["signals"]:
        err(cid, "%s-call without signals" % c["risk"])
    for cat, turn, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(cid, "bad category %s" % cat)
        span_check(cid, turns, turn, ev, "signal " + cat)
        if turns[turn][0] == "rep" and cat != "contact_change":
            warnings.append("%s: %s signal on rep turn %d" % (cid, cat, turn))
    qa = c["qa"]
    for key in ("forbidden", "over"):
        for turn, ev in qa[key]:
            span_check(cid, turns, turn, ev, key, speaker="rep")
    for t in c["neg"]:
        if not 0 <= t < len(turns) or turns[t][0] != "customer":
            err(cid, "negative turn %d is not a customer turn" % t)
    if sorted(set(c["neg"])) != c["neg"]:
        err(cid, "negative turns not sorted/unique")
    rep_turns = [t for s, t in turns if s == "rep"]
    if not rep_turns:
        err(cid, "no rep turns")
        continue
    g = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if g != qa["greeting"]:
        err(cid, "greeting label %s but first rep turn heuristic says %s" % (qa["greeting"], g))
    cl = any(w in rep_turns[-1] for w in ("谢", "祝"))
    if cl != qa["closing"]:
        err(cid, "closing label %s but last rep turn heuristic says %s" % (qa["closing"], cl))
    if qa["needs_discovery"] and not any("？" in t for t in rep_turns):
        warnings.append("%s: needs_discovery true but no rep question mark" % cid)

risk_count = collections.Counter(c["risk"] for c in calls)
for r in RISKS:
    if risk_count[r] != 10:
        errors.append("risk %s has %d calls (want 10)" % (r, risk_count[r]))
ind_count = collections.Counter(c["industry"] for c in calls)
for ind in INDUSTRIES:
    if ind_count[ind] == 0:
        errors.append("industry %s unused" % ind)

for w in warnings:
    print("warning:", w)
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)

for c in calls:
    qa = c["qa"]
    doc = collections.OrderedDict([
        ("id", c["id"]),
        ("industry", c["industry"]),
        ("scenario", c["scenario"]),
        ("tags", c["tags"]),
        ("turns", [{"speaker": s, "text": t} for s, t in c["turns"]]),
        ("labels", collections.OrderedDict([
            ("churn_risk", c["risk"]),
            ("churn_signals", [{"category": cat, "turn": t, "evidence": ev} for cat, t, ev in c["signals"]]),
            ("qa", collections.OrderedDict([
                ("greeting", qa["greeting"]),
                ("self_intro", qa["self_intro"]),
                ("needs_discovery", qa["needs_discovery"]),
                ("forbidden_words", [{"turn": t, "evidence": ev} for t, ev in qa["forbidden"]]),
                ("over_promise", [{"turn": t, "evidence": ev} for t, ev in qa["over"]]),
                ("next_step", qa["next_step"]),
                ("closing", qa["closing"]),
            ])),
            ("customer_negative_turns", c["neg"]),
        ])),
    ])
    with open(os.path.join(HERE, c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

# statistics
n_turns = sum(len(c["turns"]) for c in calls)
sig = collections.Counter(cat for c in calls for cat, _, _ in c["signals"])
sig_calls = collections.Counter(cat for c in calls for cat in set(s[0] for s in c["signals"]))
print("calls", len(calls), "turns", n_turns, "signal spans", sum(sig.values()))
print("risk", dict((r, risk_count[r]) for r in RISKS))
print("industry", dict((i, ind_count[i]) for i in INDUSTRIES))
print("signals per category (spans):", ", ".join("%s %d" % (k, sig[k]) for k in CATEGORIES))
print("calls per category:", ", ".join("%s %d" % (k, sig_calls[k]) for k in CATEGORIES))
qa_missing = {k: sum(1 for c in calls if not c["qa"][k])
              for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
print("qa missing:", qa_missing)
print("forbidden-word calls", sum(1 for c in calls if c["qa"]["forbidden"]),
      "spans", sum(len(c["qa"]["forbidden"]) for c in calls))
print("over-promise calls", sum(1 for c in calls if c["qa"]["over"]),
      "spans", sum(len(c["qa"]["over"]) for c in calls))
print("customer negative turns", sum(len(c["neg"]) for c in calls))
print("hard negatives", sum(1 for c in calls if "hard_negative" in c["tags"]),
      "with negation", sum(1 for c in calls if "hard_negative" in c["tags"] and "negation" in c["tags"]))
