# -*- coding: utf-8 -*-
"""Build call-u252-NN.json from calls_1.py .. calls_4.py and check the labels."""
import collections
import importlib.util
import json
import os
import re
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD_CHARS = re.compile(r"[A-Za-z0-9\s" + re.escape(string.punctuation) + r"]")
CLOSING_WORDS = ("谢谢", "感谢", "祝")


def load_calls():
    calls = []
    for k in range(1, 5):
        path = os.path.join(HERE, "calls_%d.py" % k)
        spec = importlib.util.spec_from_file_location("calls_%d" % k, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        calls.extend(mod.CALLS)
    return calls


def check_span(errs, cid, turns, t, ev, want_speaker, what):
    if not (0 <= t < len(turns)):
        errs.append("%s %s: turn %d out of range" % (cid, what, t))
        return
    sp, text = turns[t]
    if want_speaker and SPEAKER[sp] != want_speaker:
        errs.append("%s %s: turn %d is %s, expected %s" % (cid, what, t, SPEAKER[sp], want_speaker))
    n = text.count(ev)
    if n == 0:
        errs.append("%s %s: evidence %r not in turn %d" % (cid, what, ev, t))
    elif n > 1:
        errs.append("%s %s: evidence %r occurs %d times in turn %d" % (cid, what, ev, n, t))


def main():
    calls = load_calls()
    errs = []
    ids = [c["n"] for c in calls]
    if sorted(ids) != list(range(1, 41)):
        errs.append("call numbers are not 1..40: %s" % ids)
    out = []
    for c in calls:
        cid = "call-u252-%02d" % c["n"]
        turns = c["turns"]
        if not (8 <= len(turns) <= 30):
            errs.append("%s: %d turns" % (cid, len(turns)))
        if c["industry"] not in INDUSTRIES:
            errs.append("%s: industry %s" % (cid, c["industry"]))
        if c["risk"] not in RISKS:
            errs.append("%s: risk %s" % (cid, c["risk"]))
        for i, (sp, text) in enumerate(turns):
            if sp not in SPEAKER:
                errs.append("%s turn %d: speaker %r" % (cid, i, sp))
            bad = BAD_CHARS.findall(text)
            if bad or not text:
                errs.append("%s turn %d: bad characters %r" % (cid, i, bad))
        for s in (c["scenario"],):
            if BAD_CHARS.findall(s):
                errs.append("%s: scenario has bad characters" % cid)
        # churn signals
        if c["risk"] == "none" and c["sig"]:
            errs.append("%s: none call with signals" % cid)
        if c["risk"] != "none" and not c["sig"]:
            errs.append("%s: %s call without signals" % (cid, c["risk"]))
        for cat, t, ev in c["sig"]:
            if cat not in CATEGORIES:
                errs.append("%s: category %s" % (cid, cat))
            check_span(errs, cid, turns, t, ev, None, "signal " + cat)
        # qa spans on rep turns
        for t, ev in c["fw"]:
            check_span(errs, cid, turns, t, ev, "rep", "forbidden")
        for t, ev in c["op"]:
            check_span(errs, cid, turns, t, ev, "rep", "over_promise")
        for t in c["neg"]:
            if not (0 <= t < len(turns)) or turns[t][0] != "c":
                errs.append("%s: negative turn %d is not a customer turn" % (cid, t))
        # consistency of greeting / closing with the text
        rep_idx = [i for i, (sp, _) in enumerate(turns) if sp == "r"]
        first_rep, last_rep = turns[rep_idx[0]][1], turns[rep_idx[-1]][1]
        has_greet = ("您好" in first_rep) or ("你好" in first_rep)
        if has_greet != c["qa"]["greeting"]:
            errs.append("%s: greeting label %s but first rep turn says %r" % (cid, c["qa"]["greeting"], first_rep[:12]))
        has_close = any(w in last_rep for w in CLOSING_WORDS)
        if has_close != c["qa"]["closing"]:
            errs.append("%s: closing label %s but last rep turn is %r" % (cid, c["qa"]["closing"], last_rep))
        tags = list(c["tags"])
        for cat, _, _ in c["sig"]:
            if cat not in tags:
                tags.append(cat)
        doc = {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": tags,
            "turns": [{"speaker": SPEAKER[sp], "text": text} for sp, text in turns],
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": [{"category": cat, "turn": t, "evidence": ev} for cat, t, ev in c["sig"]],
                "qa": {
                    "greeting": c["qa"]["greeting"],
                    "self_intro": c["qa"]["self_intro"],
                    "needs_discovery": c["qa"]["needs_discovery"],
                    "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in c["fw"]],
                    "over_promise": [{"turn": t, "evidence": ev} for t, ev in c["op"]],
                    "next_step": c["qa"]["next_step"],
                    "closing": c["qa"]["closing"],
                },
                "customer_negative_turns": sorted(c["neg"]),
            },
        }
        out.append(doc)
    risk_count = collections.Counter(c["risk"] for c in calls)
    if any(risk_count[r] != 10 for r in RISKS):
        errs.append("risk counts %s" % dict(risk_count))
    ind_count = collections.Counter(c["industry"] for c in calls)
    if set(ind_count) != INDUSTRIES:
        errs.append("industries missing: %s" % (INDUSTRIES - set(ind_count)))
    if errs:
        print("\n".join(errs))
        print("%d problems, nothing written" % len(errs))
        sys.exit(1)
    for doc in out:
        with open(os.path.join(HERE, doc["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    # summary
    n_turns = sum(len(d["turns"]) for d in out)
    sig_count = collections.Counter(s["category"] for d in out for s in d["labels"]["churn_signals"])
    calls_with = collections.Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
    qa_missing = {k: sum(1 for d in out if not d["labels"]["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    rep_chars = [len(t["text"]) for d in out for t in d["turns"] if t["speaker"] == "rep"]
    cus_chars = [len(t["text"]) for d in out for t in d["turns"] if t["speaker"] == "customer"]
    print("wrote %d calls, %d turns" % (len(out), n_turns))
    print("risk:", dict(risk_count))
    print("industry:", dict(ind_count))
    print("signal spans:", sum(sig_count.values()), {k: sig_count[k] for k in CATEGORIES})
    print("calls with category:", {k: calls_with[k] for k in CATEGORIES})
    print("qa false counts:", qa_missing)
    print("calls with forbidden words:", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
          "spans", sum(len(d["labels"]["qa"]["forbidden_words"]) for d in out))
    print("calls with over-promise:", sum(1 for d in out if d["labels"]["qa"]["over_promise"]),
          "spans", sum(len(d["labels"]["qa"]["over_promise"]) for d in out))
    print("customer negative turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    print("mean chars per turn: rep %.1f, customer %.1f; max customer %d" % (
        sum(rep_chars) / len(rep_chars), sum(cus_chars) / len(cus_chars), max(cus_chars)))
    sig_in_cust = sum(1 for d in out for s in d["labels"]["churn_signals"]
                      if d["turns"][s["turn"]]["speaker"] == "customer")
    print("signals in customer turns: %d of %d" % (sig_in_cust, sum(sig_count.values())))


if __name__ == "__main__":
    main()
