#!/usr/bin/env python3
"""Build the unseen237 call set: calls_1.py .. calls_4.py -> call-u237-NN.json.

Checks before writing anything:
  * every evidence string (signals, forbidden_words, over_promise) is an exact substring of its turn
  * QA spans point at rep turns, customer_negative_turns at customer turns
  * 8-12 turns, text is Chinese only (no Latin letters, no ASCII digits or punctuation)
  * ids 1..40 used once, 10 calls per churn_risk, 5 calls per industry, none <=> no signals
  * greeting / closing booleans agree with the first / last rep turn (sanity check)
Prints summary counts used in README.md.
"""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]
SPEAKER = {"r": "rep", "c": "customer"}
BAD_CHARS = re.compile(r"[\x00-\x7f]")  # any ASCII at all (letters, digits, punctuation, spaces)


def load_calls():
    calls = []
    for k in range(1, 5):
        path = os.path.join(HERE, f"calls_{k}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{k}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        assert len(mod.CALLS) == 10, f"{path}: {len(mod.CALLS)} calls"
        calls.extend(mod.CALLS)
    return calls


def check(c, errors):
    cid = f"call-u237-{c['n']:02d}"
    turns = c["turns"]
    def err(msg):
        errors.append(f"{cid}: {msg}")
    if not 8 <= len(turns) <= 12:
        err(f"{len(turns)} turns")
    if c["industry"] not in INDUSTRIES:
        err(f"industry {c['industry']}")
    if c["risk"] not in RISKS:
        err(f"risk {c['risk']}")
    for i, (sp, text) in enumerate(turns):
        if sp not in SPEAKER:
            err(f"turn {i} speaker {sp}")
        m = BAD_CHARS.search(text)
        if m:
            err(f"turn {i} has ASCII char {m.group()!r}")
    if BAD_CHARS.search(c["scenario"]):
        err("scenario has ASCII chars")

    def span_ok(kind, t, ev, rep_only=False):
        if not (0 <= t < len(turns)):
            err(f"{kind} turn {t} out of range")
            return
        if ev not in turns[t][1]:
            err(f"{kind} evidence not in turn {t}: {ev}")
        if rep_only and turns[t][0] != "r":
            err(f"{kind} span on non-rep turn {t}")

    for cat, t, ev in c["signals"]:
        if cat not in CATEGORIES:
            err(f"category {cat}")
        span_ok(f"signal {cat}", t, ev)
    if (c["risk"] == "none") != (len(c["signals"]) == 0):
        err("risk none <=> no signals violated")
    for t, ev in c["qa"]["forbidden_words"]:
        span_ok("forbidden_words", t, ev, rep_only=True)
    for t, ev in c["qa"]["over_promise"]:
        span_ok("over_promise", t, ev, rep_only=True)
    for t in c["neg"]:
        if not (0 <= t < len(turns)) or turns[t][0] != "c":
            err(f"negative turn {t} is not a customer turn")
    rep_idx = [i for i, (sp, _) in enumerate(turns) if sp == "r"]
    first_rep, last_rep = turns[rep_idx[0]][1], turns[rep_idx[-1]][1]
    has_greet = ("您好" in first_rep) or ("你好" in first_rep)
    if has_greet != c["qa"]["greeting"]:
        err(f"greeting label {c['qa']['greeting']} vs first rep turn")
    has_close = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    if has_close != c["qa"]["closing"]:
        err(f"closing label {c['qa']['closing']} vs last rep turn")


def to_json(c):
    qa = c["qa"]
    return {
        "id": f"call-u237-{c['n']:02d}",
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": [{"speaker": SPEAKER[sp], "text": text} for sp, text in c["turns"]],
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": cat, "turn": t, "evidence": ev}
                              for cat, t, ev in c["signals"]],
            "qa": {
                "greeting": qa["greeting"],
                "self_intro": qa["self_intro"],
                "needs_discovery": qa["needs_discovery"],
                "forbidden_words": [{"turn": t, "evidence": ev} for t, ev in qa["forbidden_words"]],
                "over_promise": [{"turn": t, "evidence": ev} for t, ev in qa["over_promise"]],
                "next_step": qa["next_step"],
                "closing": qa["closing"],
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }


def main():
    calls = load_calls()
    errors = []
    ns = sorted(c["n"] for c in calls)
    if ns != list(range(1, 41)):
        errors.append(f"ids not 1..40 exactly once: {ns}")
    risk_n = collections.Counter(c["risk"] for c in calls)
    ind_n = collections.Counter(c["industry"] for c in calls)
    for r in RISKS:
        if risk_n[r] != 10:
            errors.append(f"risk {r}: {risk_n[r]} calls")
    for i in INDUSTRIES:
        if ind_n[i] != 5:
            errors.append(f"industry {i}: {ind_n[i]} calls")
    for c in calls:
        check(c, errors)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problems; nothing written")
        sys.exit(1)

    for c in calls:
        d = to_json(c)
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # summary
    spans = collections.Counter(cat for c in calls for cat, _, _ in c["signals"])
    calls_with = collections.Counter(cat for c in calls for cat in {s[0] for s in c["signals"]})
    qa_missing = {k: sum(1 for c in calls if not c["qa"][k])
                  for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print(f"wrote {len(calls)} files")
    print("turns:", sum(len(c["turns"]) for c in calls),
          "(rep", sum(1 for c in calls for t in c["turns"] if t[0] == "r"),
          "customer", sum(1 for c in calls for t in c["turns"] if t[0] == "c"), ")")
    print("turns per call:", dict(sorted(collections.Counter(len(c["turns"]) for c in calls).items())))
    print("churn_risk:", dict(risk_n))
    print("industry:", dict(ind_n))
    print("signal spans per category:", {k: spans[k] for k in CATEGORIES}, "total", sum(spans.values()))
    print("calls per category:", {k: calls_with[k] for k in CATEGORIES})
    print("QA items false:", qa_missing)
    print("forbidden_words: calls", sum(1 for c in calls if c["qa"]["forbidden_words"]),
          "spans", sum(len(c["qa"]["forbidden_words"]) for c in calls))
    print("over_promise: calls", sum(1 for c in calls if c["qa"]["over_promise"]),
          "spans", sum(len(c["qa"]["over_promise"]) for c in calls))
    print("customer negative turns:", sum(len(c["neg"]) for c in calls))
    tags = collections.Counter(t for c in calls for t in c["tags"])
    print("hard_negative:", tags["hard_negative"], "negation:", tags["negation"],
          "ambiguous:", tags["ambiguous"], "big_account:", tags["big_account"],
          "inbound:", tags["inbound"], "silent_churn:", tags["silent_churn"])


if __name__ == "__main__":
    main()
