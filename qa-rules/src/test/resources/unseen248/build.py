#!/usr/bin/env python3
"""Build call-u248-NN.json from calls_1.py .. calls_4.py and check the labels."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
SPEAKER = {"R": "rep", "C": "customer"}
BAD_CHARS = re.compile(r"[\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")

calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
problems = []


def bad(msg):
    problems.append(msg)


def build(c):
    cid = "call-u248-%02d" % c["n"]
    turns = [{"speaker": SPEAKER[s], "text": t} for s, t in c["turns"]]
    n = len(turns)
    if not 8 <= n <= 30:
        bad(f"{cid}: {n} turns")
    if c["industry"] not in INDUSTRIES:
        bad(f"{cid}: industry {c['industry']}")
    if c["risk"] not in RISKS:
        bad(f"{cid}: risk {c['risk']}")
    for i, t in enumerate(turns):
        m = BAD_CHARS.search(t["text"])
        if m:
            bad(f"{cid}: turn {i} has forbidden char {m.group()!r}")
    if BAD_CHARS.search(c["scenario"]):
        bad(f"{cid}: scenario has ASCII/Latin/digit")

    def span(kind, turn, ev, who=None):
        if not 0 <= turn < n:
            bad(f"{cid}: {kind} turn {turn} out of range")
            return
        if ev not in turns[turn]["text"]:
            bad(f"{cid}: {kind} evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who:
            bad(f"{cid}: {kind} on a {turns[turn]['speaker']} turn {turn}")

    sigs = []
    for cat, turn, ev in c["signals"]:
        if cat not in CATEGORIES:
            bad(f"{cid}: category {cat}")
        span("signal", turn, ev)
        sigs.append({"category": cat, "turn": turn, "evidence": ev})
    if c["risk"] == "none" and sigs:
        bad(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs:
        bad(f"{cid}: {c['risk']} without signals")

    qa = {}
    for k in QA_BOOLS:
        qa[k] = k not in c["qa"]["miss"]
    for k in c["qa"]["miss"]:
        if k not in QA_BOOLS:
            bad(f"{cid}: unknown qa item {k}")
    fw = [{"turn": t, "evidence": e} for t, e in c["qa"]["forbidden"]]
    op = [{"turn": t, "evidence": e} for t, e in c["qa"]["over"]]
    for s in fw:
        span("forbidden_words", s["turn"], s["evidence"], "rep")
    for s in op:
        span("over_promise", s["turn"], s["evidence"], "rep")
    qa_out = {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
              "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
              "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]}

    for t in c["neg"]:
        if not 0 <= t < n or turns[t]["speaker"] != "customer":
            bad(f"{cid}: negative turn {t} is not a customer turn")

    # heuristic consistency checks for greeting / closing
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = "您好" in rep_turns[0] or "你好" in rep_turns[0]
    if has_greet != qa["greeting"]:
        bad(f"{cid}: greeting flag {qa['greeting']} vs first rep turn")
    has_close = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
    if has_close != qa["closing"]:
        bad(f"{cid}: closing flag {qa['closing']} vs last rep turn")

    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if qa_out["over_promise"] and "over_promise" not in tags:
        tags.append("over_promise")

    return {
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa_out,
                   "customer_negative_turns": sorted(c["neg"])},
    }


out = [build(c) for c in calls]
ids = [o["id"] for o in out]
if ids != ["call-u248-%02d" % i for i in range(1, 41)]:
    bad("ids are not call-u248-01 .. call-u248-40 in order")
risk_count = collections.Counter(o["labels"]["churn_risk"] for o in out)
if any(risk_count[r] != 10 for r in RISKS):
    bad(f"risk counts {dict(risk_count)}")
ind_count = collections.Counter(o["industry"] for o in out)
if set(ind_count) != INDUSTRIES:
    bad(f"industries {dict(ind_count)}")

if problems:
    print("\n".join(problems))
    sys.exit(1)

for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
spans = collections.Counter(s["category"] for o in out for s in o["labels"]["churn_signals"])
calls_with = collections.Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]})
qa_missing = {k: sum(1 for o in out if not o["labels"]["qa"][k]) for k in QA_BOOLS}
print(f"calls {len(out)}, turns {sum(len(o['turns']) for o in out)}, "
      f"signal spans {sum(spans.values())}")
print("risk:", {r: risk_count[r] for r in RISKS})
print("industries:", dict(sorted(ind_count.items())))
print("signal spans per category:", {c: spans[c] for c in CATEGORIES})
print("calls containing category:", {c: calls_with[c] for c in CATEGORIES})
print("qa missing:", qa_missing)
print("forbidden_words calls:", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
      "spans:", sum(len(o["labels"]["qa"]["forbidden_words"]) for o in out))
print("over_promise calls:", sum(1 for o in out if o["labels"]["qa"]["over_promise"]),
      "spans:", sum(len(o["labels"]["qa"]["over_promise"]) for o in out))
print("customer negative turns:", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("hard_negative calls:", sum(1 for o in out if "hard_negative" in o["tags"]))
