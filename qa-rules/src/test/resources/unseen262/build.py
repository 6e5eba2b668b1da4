#!/usr/bin/env python3
"""Build call-u262-01.json ... call-u262-40.json from calls_1.py ... calls_4.py and check them.

Checks: ids and counts, 10 calls per churn_risk, all eight industries, 8-30 turns, text is Chinese
(no ASCII, no full-width Latin letters or digits), every signal / QA evidence is an exact substring
of its turn, QA spans only on rep turns, negative turns only on customer turns, none calls have no
signals and every other call has at least one, plus consistency hints for greeting and closing.
Run from anywhere: python3 build.py
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication", "contact_change",
              "demand_reduction", "non_renewal", "channel_conflict"]
BAD_CHARS = re.compile(r"[\x00-\x7f\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def main():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    problems = []
    if [c["n"] for c in calls] != list(range(1, 41)):
        problems.append("call numbers are not 1..40 in order")

    risk_count = collections.Counter(c["risk"] for c in calls)
    for r in RISKS:
        if risk_count[r] != 10:
            problems.append("risk %s: %d calls, want 10" % (r, risk_count[r]))
    ind_count = collections.Counter(c["industry"] for c in calls)
    for i in INDUSTRIES:
        if ind_count[i] == 0:
            problems.append("industry %s unused" % i)

    out = []
    for c in calls:
        cid = "call-u262-%02d" % c["n"]
        p = lambda msg: problems.append("%s: %s" % (cid, msg))  # noqa: E731
        turns = c["turns"]
        if not 8 <= len(turns) <= 30:
            p("%d turns" % len(turns))
        if c["industry"] not in INDUSTRIES:
            p("bad industry")
        if c["risk"] not in RISKS:
            p("bad risk")
        for k, (spk, text) in enumerate(turns):
            if spk not in ("rep", "customer"):
                p("turn %d bad speaker" % k)
            bad = BAD_CHARS.findall(text)
            if bad or not text:
                p("turn %d bad chars %r" % (k, bad))
        bad = BAD_CHARS.findall(c["scenario"])
        if bad:
            p("scenario bad chars %r" % bad)

        def span_ok(turn, ev, what, need_speaker=None):
            if not 0 <= turn < len(turns):
                p("%s turn %d out of range" % (what, turn))
                return
            spk, text = turns[turn]
            if ev not in text:
                p("%s evidence %r not in turn %d" % (what, ev, turn))
            if need_speaker and spk != need_speaker:
                p("%s turn %d is %s, want %s" % (what, turn, spk, need_speaker))

        for turn, cat, ev in c["signals"]:
            if cat not in CATEGORIES:
                p("bad category %s" % cat)
            span_ok(turn, ev, "signal %s" % cat)
        if c["risk"] == "none" and c["signals"]:
            p("none call with signals")
        if c["risk"] != "none" and not c["signals"]:
            p("%s call without signals" % c["risk"])

        for cat in {s[1] for s in c["signals"]}:
            if cat not in c["tags"]:
                p("category %s present but not in tags" % cat)

        qa = c["qa"]
        for key in ("forbidden_words", "over_promise"):
            for turn, ev in qa[key]:
                span_ok(turn, ev, key, "rep")
        for k in c["neg"]:
            if not 0 <= k < len(turns) or turns[k][0] != "customer":
                p("negative turn %d is not a customer turn" % k)
        if c["neg"] != sorted(set(c["neg"])):
            p("negative turns not sorted/unique")

        rep_turns = [t for s, t in turns if s == "rep"]
        has_greet = "您好" in rep_turns[0] or "你好" in rep_turns[0]
        if has_greet != qa["greeting"]:
            p("greeting label %s but first rep turn %r" % (qa["greeting"], rep_turns[0]))
        has_close = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
        if has_close != qa["closing"]:
            p("closing label %s but last rep turn %r" % (qa["closing"], rep_turns[-1]))

        out.append((cid, {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": c["tags"],
            "turns": [{"speaker": s, "text": t} for s, t in turns],
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": [{"category": cat, "turn": turn, "evidence": ev}
                                  for turn, cat, ev in c["signals"]],
                "qa": {
                    "greeting": qa["greeting"],
                    "self_intro": qa["self_intro"],
                    "needs_discovery": qa["needs_discovery"],
                    "forbidden_words": [{"turn": t, "evidence": e} for t, e in qa["forbidden_words"]],
                    "over_promise": [{"turn": t, "evidence": e} for t, e in qa["over_promise"]],
                    "next_step": qa["next_step"],
                    "closing": qa["closing"],
                },
                "customer_negative_turns": c["neg"],
            },
        }))

    if problems:
        print("\n".join(problems))
        print("%d problems, nothing written" % len(problems))
        sys.exit(1)

    for cid, obj in out:
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary for the README
    n_turns = sum(len(c["turns"]) for c in calls)
    spans = collections.Counter(cat for c in calls for _, cat, _ in c["signals"])
    calls_with = collections.Counter(cat for c in calls for cat in {s[1] for s in c["signals"]})
    qa_missing = {k: sum(1 for c in calls if not c["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print("wrote %d calls, %d turns" % (len(out), n_turns))
    print("risk:", dict(risk_count))
    print("industry:", dict(ind_count))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
    print("calls containing category:", {k: calls_with[k] for k in CATEGORIES})
    print("qa missing:", qa_missing)
    print("forbidden-word calls:", sum(1 for c in calls if c["qa"]["forbidden_words"]),
          "spans:", sum(len(c["qa"]["forbidden_words"]) for c in calls))
    print("over-promise calls:", sum(1 for c in calls if c["qa"]["over_promise"]),
          "spans:", sum(len(c["qa"]["over_promise"]) for c in calls))
    print("negative customer turns:", sum(len(c["neg"]) for c in calls))
    tagc = collections.Counter(t for c in calls for t in c["tags"])
    print("tags:", dict(tagc))


if __name__ == "__main__":
    main()
