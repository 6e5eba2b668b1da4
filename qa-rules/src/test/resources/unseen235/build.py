#!/usr/bin/env python3
"""Build call-u235-NN.json from calls_1.py .. calls_4.py and check the labels.

Checks: exact-substring evidence, QA spans on rep turns, negative turns on
customer turns, turn counts, text charset (no ASCII, no digits, no Latin),
risk/industry balance, greeting/closing booleans against the text.
Exit status 1 if any problem is found.
"""
import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
MIN_TURNS, MAX_TURNS = 10, 26
# Phrases from the labeling guide's examples that must not be reused verbatim.
GUIDE_PHRASES = ["说涨就涨", "到期再说吧", "能不换的先不换", "没打算换", "我没答应", "已经离职",
                 "携号转网", "保证收益", "一分钱都不会亏", "百分之百不会坏", "绝对是最低价",
                 "全网绝对最低价", "你听不懂吗", "这不归我管", "爱买不买", "那随便你", "你找他们去",
                 "三天两头", "门板开裂", "关了六家门店", "肯定不续了", "隔壁县的经销商", "出厂价给",
                 "报修五天", "投诉了三次", "半个月都没人来", "自己去问的", "调到总行", "一年换了三个",
                 "只能订一半", "周五再不送到", "在试用海川", "亏了百分之十二", "单价在市场上偏高",
                 "差两百我也得算", "卖了两百头", "别的饮料厂家", "全家都用你们的", "保证半年内"]


def load_calls():
    calls = []
    for i in range(1, 5):
        path = os.path.join(HERE, "calls_%d.py" % i)
        spec = importlib.util.spec_from_file_location("calls_%d" % i, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def bad_chars(text):
    out = []
    for ch in text:
        o = ord(ch)
        if o < 128 or 0xFF01 <= o <= 0xFF5E and not ch in "，。？！：；（）":
            out.append(ch)
        elif ch.isdigit():
            out.append(ch)
    return out


def main():
    calls = load_calls()
    problems = []
    stats = collections.Counter()
    cat_spans = collections.Counter()
    cat_calls = collections.Counter()
    ind = collections.Counter()
    risk = collections.Counter()
    qa_missing = collections.Counter()
    turns_total = 0
    ns = [c["n"] for c in calls]
    if sorted(ns) != list(range(1, 41)):
        problems.append("call numbers are not 1..40: %s" % ns)

    for c in calls:
        cid = "call-u235-%02d" % c["n"]
        P = lambda msg: problems.append("%s: %s" % (cid, msg))
        turns = c["turns"]
        turns_total += len(turns)
        if not (MIN_TURNS <= len(turns) <= MAX_TURNS):
            P("turn count %d outside %d..%d" % (len(turns), MIN_TURNS, MAX_TURNS))
        if c["industry"] not in INDUSTRIES:
            P("bad industry %s" % c["industry"])
        if c["risk"] not in RISKS:
            P("bad risk %s" % c["risk"])
        ind[c["industry"]] += 1
        risk[c["risk"]] += 1
        for s in [c["scenario"]]:
            if bad_chars(s):
                P("scenario has bad chars %r" % bad_chars(s))
        for i, (sp, text) in enumerate(turns):
            if sp not in ("r", "c"):
                P("turn %d bad speaker %r" % (i, sp))
            if not text:
                P("turn %d empty" % i)
            b = bad_chars(text)
            if b:
                P("turn %d has bad chars %r" % (i, b))
            for g in GUIDE_PHRASES:
                if g in text:
                    P("turn %d reuses guide phrase %s" % (i, g))

        def check_span(kind, t, ev, want_speaker=None):
            if not isinstance(t, int) or not (0 <= t < len(turns)):
                P("%s turn %r out of range" % (kind, t))
                return
            if ev not in turns[t][1]:
                P("%s evidence %r not in turn %d" % (kind, ev, t))
            if not ev:
                P("%s empty evidence" % kind)
            if want_speaker and turns[t][0] != want_speaker:
                P("%s span on turn %d which is not a %s turn" % (kind, t, want_speaker))

        sigs = c["signals"]
        if c["risk"] == "none" and sigs:
            P("risk none but has signals")
        if c["risk"] != "none" and not sigs:
            P("risk %s but no signals" % c["risk"])
        seen = set()
        for cat, t, ev in sigs:
            if cat not in CATEGORIES:
                P("bad category %s" % cat)
            check_span("signal", t, ev)
            if (cat, t, ev) in seen:
                P("duplicate signal %s" % ((cat, t, ev),))
            seen.add((cat, t, ev))
            cat_spans[cat] += 1
        for cat in set(s[0] for s in sigs):
            cat_calls[cat] += 1

        qa = c["qa"]
        for key in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
            if not isinstance(qa[key], bool):
                P("qa %s not bool" % key)
            if not qa[key]:
                qa_missing[key] += 1
        for t, ev in qa["forbidden_words"]:
            check_span("forbidden", t, ev, "r")
        for t, ev in qa["over_promise"]:
            check_span("over_promise", t, ev, "r")
        if qa["forbidden_words"]:
            stats["calls_forbidden"] += 1
        if qa["over_promise"]:
            stats["calls_over_promise"] += 1

        rep_idx = [i for i, (sp, _) in enumerate(turns) if sp == "r"]
        first_rep = turns[rep_idx[0]][1]
        last_rep = turns[rep_idx[-1]][1]
        has_greet = ("您好" in first_rep) or ("你好" in first_rep)
        if has_greet != qa["greeting"]:
            P("greeting=%s but first rep turn %s" % (qa["greeting"], "greets" if has_greet else "does not greet"))
        has_close = any(w in last_rep for w in ("谢", "祝"))
        if has_close != qa["closing"]:
            P("closing=%s but last rep turn %s" % (qa["closing"], "thanks" if has_close else "does not thank"))

        neg = c["neg"]
        if neg != sorted(set(neg)):
            P("negative turns not sorted/unique")
        for t in neg:
            if not (0 <= t < len(turns)) or turns[t][0] != "c":
                P("negative turn %d is not a customer turn" % t)
        stats["neg_turns"] += len(neg)
        if "hard_negative" in c["tags"]:
            stats["hard_negative"] += 1
            if c["risk"] != "none":
                P("hard_negative tag on a call with risk %s" % c["risk"])
        if "negation" in c["tags"]:
            stats["negation"] += 1
        if "big_account" in c["tags"]:
            stats["big_account"] += 1
        if "inbound" in c["tags"]:
            stats["inbound"] += 1

        out = {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": c["tags"],
            "turns": [{"speaker": "rep" if sp == "r" else "customer", "text": text} for sp, text in turns],
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": [{"category": cat, "turn": t, "evidence": ev} for cat, t, ev in sigs],
                "qa": {
                    "greeting": qa["greeting"],
                    "self_intro": qa["self_intro"],
                    "needs_discovery": qa["needs_discovery"],
                    "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in qa["forbidden_words"]],
                    "over_promise": [{"turn": t, "evidence": ev} for t, ev in qa["over_promise"]],
                    "next_step": qa["next_step"],
                    "closing": qa["closing"],
                },
                "customer_negative_turns": neg,
            },
        }
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")

    for k in INDUSTRIES:
        if ind[k] != 5:
            problems.append("industry %s has %d calls (want 5)" % (k, ind[k]))
    for k in RISKS:
        if risk[k] != 10:
            problems.append("risk %s has %d calls (want 10)" % (k, risk[k]))

    print("calls %d, turns %d" % (len(calls), turns_total))
    print("industries:", dict(ind))
    print("churn_risk:", dict(risk))
    print("signal spans per category:", dict(cat_spans.most_common()), "total", sum(cat_spans.values()))
    print("calls per category:", dict(cat_calls.most_common()))
    print("qa missing:", dict(qa_missing))
    print("other:", dict(stats))
    lens = sorted(len(c["turns"]) for c in calls)
    print("turns per call min %d max %d" % (lens[0], lens[-1]))
    if problems:
        print("%d problems:" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("0 problems")


if __name__ == "__main__":
    main()
