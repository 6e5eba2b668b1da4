# -*- coding: utf-8 -*-
"""Build call-u251-NN.json from calls_1.py .. calls_4.py and check them.

Run: python3 build.py   (from any directory)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATEGORIES = ["price", "competitor", "service", "quality", "communication",
              "contact_change", "demand_reduction", "non_renewal", "channel_conflict"]
RISKS = ["none", "low", "medium", "high"]

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def check_text(cid, i, text):
    if not text:
        err(cid, f"turn {i} empty")
    for ch in text:
        if ord(ch) < 128:
            err(cid, f"turn {i} has ASCII character {ch!r}")
            break
        if ch in "０１２３４５６７８９" or ("Ａ" <= ch <= "Ｚ") or ("ａ" <= ch <= "ｚ"):
            err(cid, f"turn {i} has full-width digit/letter {ch!r}")
            break


def build():
    calls = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    nums = [c["n"] for c in calls]
    if nums != list(range(1, 41)):
        err("set", f"call numbers not 1..40: {nums}")
    out = []
    for c in calls:
        cid = f"call-u251-{c['n']:02d}"
        turns = [{"speaker": s, "text": t} for s, t in c["turns"]]
        if not 8 <= len(turns) <= 30:
            err(cid, f"{len(turns)} turns")
        for i, t in enumerate(turns):
            if t["speaker"] not in ("rep", "customer"):
                err(cid, f"turn {i} bad speaker")
            check_text(cid, i, t["text"])
        for field in ("scenario",):
            check_text(cid, field, c[field])
        if c["industry"] not in INDUSTRIES:
            err(cid, "bad industry")
        if c["risk"] not in RISKS:
            err(cid, "bad risk")

        sigs = []
        for cat, ti, ev in c["signals"]:
            if cat not in CATEGORIES:
                err(cid, f"bad category {cat}")
            if not 0 <= ti < len(turns):
                err(cid, f"signal turn {ti} out of range")
                continue
            if ev not in turns[ti]["text"]:
                err(cid, f"signal evidence not in turn {ti}: {ev}")
            sigs.append({"category": cat, "turn": ti, "evidence": ev})
        if c["risk"] == "none" and sigs:
            err(cid, "none call has signals")
        if c["risk"] != "none" and not sigs:
            err(cid, "non-none call without signals")

        qa = c["qa"]
        spans = {}
        for key in ("forbidden_words", "over_promise"):
            spans[key] = []
            for ti, ev in qa[key]:
                if not 0 <= ti < len(turns):
                    err(cid, f"{key} turn {ti} out of range")
                    continue
                if turns[ti]["speaker"] != "rep":
                    err(cid, f"{key} span on non-rep turn {ti}")
                if ev not in turns[ti]["text"]:
                    err(cid, f"{key} evidence not in turn {ti}: {ev}")
                spans[key].append({"turn": ti, "evidence": ev})

        for ti in c["neg"]:
            if not 0 <= ti < len(turns) or turns[ti]["speaker"] != "customer":
                err(cid, f"negative turn {ti} is not a customer turn")

        # consistency of the mechanical QA items with the guide
        rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
        first_rep = turns[rep_idx[0]]["text"]
        last_rep = turns[rep_idx[-1]]["text"]
        g = ("您好" in first_rep) or ("你好" in first_rep)
        if g != qa["greeting"]:
            err(cid, f"greeting label {qa['greeting']} but first rep turn says {g}")
        cl = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
        if cl != qa["closing"]:
            err(cid, f"closing label {qa['closing']} but last rep turn says {cl}")

        tags = list(c["tags"])
        if spans["over_promise"] and "over_promise" not in tags:
            tags.append("over_promise")
        for cat in CATEGORIES:
            if any(s["category"] == cat for s in sigs) and cat not in tags:
                tags.append(cat)

        doc = {
            "id": cid,
            "industry": c["industry"],
            "scenario": c["scenario"],
            "tags": tags,
            "turns": turns,
            "labels": {
                "churn_risk": c["risk"],
                "churn_signals": sigs,
                "qa": {
                    "greeting": qa["greeting"],
                    "self_intro": qa["self_intro"],
                    "needs_discovery": qa["needs_discovery"],
                    "forbidden_words": spans["forbidden_words"],
                    "over_promise": spans["over_promise"],
                    "next_step": qa["next_step"],
                    "closing": qa["closing"],
                },
                "customer_negative_turns": sorted(c["neg"]),
            },
        }
        out.append(doc)

    risk = Counter(d["labels"]["churn_risk"] for d in out)
    for r in RISKS:
        if risk[r] != 10:
            err("set", f"churn_risk {r}: {risk[r]} calls, want 10")
    ind = Counter(d["industry"] for d in out)
    for i in INDUSTRIES:
        if not ind[i]:
            err("set", f"industry {i} missing")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} build problems; nothing written")
        sys.exit(1)

    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")

    # statistics for the README
    n_turns = sum(len(d["turns"]) for d in out)
    spans_per_cat = Counter(s["category"] for d in out for s in d["labels"]["churn_signals"])
    calls_per_cat = Counter(cat for d in out for cat in {s["category"] for s in d["labels"]["churn_signals"]})
    q = [d["labels"]["qa"] for d in out]
    print(f"wrote {len(out)} calls, {n_turns} turns")
    print("churn_risk:", dict(risk))
    print("industry:", dict(ind))
    print("signal spans per category:", {c: spans_per_cat[c] for c in CATEGORIES}, "total", sum(spans_per_cat.values()))
    print("calls per category:", {c: calls_per_cat[c] for c in CATEGORIES})
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print(f"qa {k} missing in", sum(1 for x in q if not x[k]), "calls")
    print("forbidden_words in", sum(1 for x in q if x["forbidden_words"]), "calls,",
          sum(len(x["forbidden_words"]) for x in q), "spans")
    print("over_promise in", sum(1 for x in q if x["over_promise"]), "calls,",
          sum(len(x["over_promise"]) for x in q), "spans")
    print("customer negative turns:", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    tagc = Counter(t for d in out for t in d["tags"])
    print("tags:", {t: tagc[t] for t in ("hard_negative", "negation", "ambiguous", "big_account", "inbound", "silent_churn")})


if __name__ == "__main__":
    build()
