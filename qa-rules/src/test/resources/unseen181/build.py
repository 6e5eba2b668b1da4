#!/usr/bin/env python3
"""Build call-u181-NN.json from calls_1.py .. calls_4.py and check the labels."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4  # noqa: E402

CALLS = calls_1.C + calls_2.C + calls_3.C + calls_4.C
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,.!?;:()]")

problems = []
def bad(cid, msg):
    problems.append(f"{cid}: {msg}")

seen_sent = {}
out = []
for n, c in enumerate(CALLS, 1):
    cid = f"call-u181-{n:02d}"
    turns = []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        sp, text = line.split(":", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text.strip()})
    nt = len(turns)
    if not 10 <= nt <= 30:
        bad(cid, f"{nt} turns")
    for i, t in enumerate(turns):
        if BAD.search(t["text"]):
            bad(cid, f"turn {i} has Latin/digit/ASCII punct: {BAD.findall(t['text'])}")
        for s in re.split(r"[。！？]", t["text"]):
            if len(s) >= 9:
                if s in seen_sent and seen_sent[s] != cid:
                    bad(cid, f"sentence reused from {seen_sent[s]}: {s}")
                seen_sent.setdefault(s, cid)
    def span(kind, turn, ev, who=None):
        if not 0 <= turn < nt:
            bad(cid, f"{kind} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            bad(cid, f"{kind} evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who:
            bad(cid, f"{kind} turn {turn} is not {who}")
    sigs = []
    for cat, turn, ev in c["sig"]:
        if cat not in CATS:
            bad(cid, f"bad category {cat}")
        span("signal", turn, ev)
        sigs.append({"category": cat, "turn": turn, "evidence": ev})
    q = c["qa"]
    fw = [{"turn": t, "evidence": e} for t, e in q.get("fw", [])]
    op = [{"turn": t, "evidence": e} for t, e in q.get("op", [])]
    for t, e in q.get("fw", []):
        span("forbidden", t, e, "rep")
    for t, e in q.get("op", []):
        span("over_promise", t, e, "rep")
    for t in c["neg"]:
        if turns[t]["speaker"] != "customer":
            bad(cid, f"negative turn {t} is not customer")
    if c["risk"] == "none" and sigs:
        bad(cid, "none call with signals")
    if c["risk"] != "none" and not sigs:
        bad(cid, "non-none call without signals")
    tags = list(dict.fromkeys(c["tags"] + sorted({s["category"] for s in sigs})))
    if fw or op:
        if op and "over_promise" not in tags:
            tags.append("over_promise")
    doc = {
        "id": cid,
        "industry": c["ind"],
        "scenario": c["sc"],
        "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": sigs,
            "qa": {
                "greeting": bool(q["g"]), "self_intro": bool(q["s"]),
                "needs_discovery": bool(q["n"]),
                "forbidden_words": fw, "over_promise": op,
                "next_step": bool(q["ns"]), "closing": bool(q["cl"]),
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    out.append(doc)

if len(out) != 40:
    problems.append(f"{len(out)} calls, expected 40")
risk = collections.Counter(d["labels"]["churn_risk"] for d in out)
ind = collections.Counter(d["industry"] for d in out)
if any(risk[k] != 10 for k in ("none", "low", "medium", "high")):
    problems.append(f"risk distribution {dict(risk)}")
if any(ind[k] != 5 for k in INDS) or set(ind) - set(INDS):
    problems.append(f"industry distribution {dict(ind)}")
longc = sum(1 for d in out if len(d["turns"]) >= 20)
if longc < 10:
    problems.append(f"only {longc} calls with 20+ turns")

for p in problems:
    print("PROBLEM", p)
if problems and "--force" not in sys.argv:
    sys.exit(1)
for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
cats = collections.Counter(c for d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
spans = sum(len(d["labels"]["churn_signals"]) for d in out)
qa = {k: sum(1 for d in out if not d["labels"]["qa"][k])
      for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
print("calls", len(out), "turns", sum(len(d["turns"]) for d in out))
print("risk", dict(risk))
print("industry", dict(ind))
print("turns per call", sorted(len(d["turns"]) for d in out), "20+:", longc)
print("categories (calls)", dict(cats.most_common()), "spans", spans)
print("hard_negative", sum("hard_negative" in d["tags"] for d in out),
      "negation", sum("negation" in d["tags"] for d in out),
      "ambiguous", sum("ambiguous" in d["tags"] for d in out),
      "big_account", sum("big_account" in d["tags"] for d in out))
print("qa missing", qa)
print("forbidden calls", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
      "spans", sum(len(d["labels"]["qa"]["forbidden_words"]) for d in out))
print("over_promise calls", sum(1 for d in out if d["labels"]["qa"]["over_promise"]),
      "spans", sum(len(d["labels"]["qa"]["over_promise"]) for d in out))
print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
