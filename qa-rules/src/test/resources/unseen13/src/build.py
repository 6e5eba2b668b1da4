"""Generate call-u13-NN.json from calls_def.py and run consistency checks."""
import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from calls_def import CALLS  # noqa: E402

INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = ["price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"]
BAD = re.compile(r"[\x00-\x7f０-９Ａ-Ｚａ-ｚ]")
errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


def find_turn(cid, turns, ev, what):
    hits = [i for i, t in enumerate(turns) if ev in t["text"]]
    if len(hits) != 1:
        err(cid, f"{what} evidence {ev!r} found in turns {hits} (need exactly one)")
        return hits[0] if hits else -1
    if turns[hits[0]]["text"].count(ev) != 1:
        err(cid, f"{what} evidence {ev!r} occurs twice in turn {hits[0]}")
    return hits[0]


stats = collections.Counter()
cat_calls = collections.Counter()
lengths = collections.Counter()
out = []
for c in CALLS:
    cid = f"call-u13-{c['n']:02d}"
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        sp, text = line.split("|", 1)
        if sp == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
        if sp not in ("R", "C", "C!"):
            err(cid, f"bad speaker {sp}")
        if BAD.search(text):
            err(cid, f"non-Chinese char in turn {len(turns)-1}: {BAD.findall(text)}")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i - 1]["speaker"]:
            err(cid, f"same speaker twice at turn {i}")
    if turns[0]["speaker"] != "rep":
        err(cid, "first turn not rep")
    n = len(turns)
    if not 8 <= n <= 30:
        err(cid, f"{n} turns")
    lengths["short" if n <= 10 else "medium" if n <= 16 else "long"] += 1
    for s in [c["scen"]]:
        if BAD.search(s):
            err(cid, f"non-Chinese char in scenario: {BAD.findall(s)}")
    sigs = []
    for cat, ev in c["sig"]:
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        ti = find_turn(cid, turns, ev, cat)
        if ti >= 0 and turns[ti]["speaker"] != "customer" and cat != "contact_change":
            err(cid, f"signal {ev!r} in rep turn")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda s: (s["turn"], turns[s["turn"]]["text"].find(s["evidence"])))
    qa_spans = {}
    for key in ("fw", "op"):
        spans = []
        for ev in c[key]:
            ti = find_turn(cid, turns, ev, key)
            if ti >= 0 and turns[ti]["speaker"] != "rep":
                err(cid, f"{key} {ev!r} not in rep turn")
            spans.append({"turn": ti, "evidence": ev})
        qa_spans[key] = spans
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": qa_spans["fw"], "over_promise": qa_spans["op"],
          "next_step": "x" in q, "closing": "c" in q}
    # heuristic cross-checks
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    g_auto = ("您好" in rep_turns[0]) or ("你好" in rep_turns[0])
    if g_auto != qa["greeting"]:
        err(cid, f"greeting flag {qa['greeting']} vs first rep turn {rep_turns[0][:12]}")
    c_auto = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
    if c_auto != qa["closing"]:
        err(cid, f"closing flag {qa['closing']} vs last rep turn {rep_turns[-1]}")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    risk = c["risk"]
    if risk == "none" and sigs:
        err(cid, "none with signals")
    if risk != "none" and not sigs:
        err(cid, f"{risk} without signals")
    if risk == "low" and len({s["category"] for s in sigs}) != 1:
        err(cid, "low call with more than one category")
    for cat in {s["category"] for s in sigs}:
        cat_calls[cat] += 1
    stats["risk_" + risk] += 1
    stats["ind_" + c["ind"]] += 1
    stats["spans"] += len(sigs)
    stats["turns"] += n
    stats["neg_turns"] += len(neg)
    if "hard_negative" in c["tags"]:
        stats["hard_negatives"] += 1
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not qa[k]:
            stats["missing_" + k] += 1
    if qa["forbidden_words"]:
        stats["calls_forbidden"] += 1
    if qa["over_promise"]:
        stats["calls_over_promise"] += 1
    stats["fw_spans"] += len(qa["forbidden_words"])
    stats["op_spans"] += len(qa["over_promise"])
    tags = list(c["tags"])
    for cat in sorted({s["category"] for s in sigs}):
        if cat not in tags:
            tags.append(cat)
    if n <= 10 and "short" not in tags:
        tags.append("short")
    if n > 10 and "short" in tags:
        tags.remove("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    out.append((cid, doc))

if len(CALLS) != 40 or len({c["n"] for c in CALLS}) != 40:
    errors.append("need 40 distinct calls")
for ind in INDUSTRIES:
    if stats["ind_" + ind] != 5:
        errors.append(f"industry {ind}: {stats['ind_' + ind]}")
for cat in CATS:
    if cat_calls[cat] < 3:
        errors.append(f"category {cat} only in {cat_calls[cat]} calls")

for cid, doc in out:
    (HERE / f"{cid}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

print("lengths", dict(lengths))
print("stats", dict(sorted(stats.items())))
print("category calls", dict(cat_calls.most_common()))
print(f"{len(errors)} errors")
for e in errors:
    print("  ", e)
