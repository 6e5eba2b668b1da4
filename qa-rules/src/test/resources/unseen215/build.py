"""Build call-u215-NN.json from calls_1..4.py and run consistency checks.
Turn prefixes: R: rep, C: customer, N: customer with negative emotion.
Signals (cat, evidence[, turn]); fw / op lists of evidence strings (rep turns).
qa flags string: g=greeting s=self_intro n=needs_discovery x=next_step c=closing."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_1 import CALLS as A
from calls_2 import CALLS as B
from calls_3 import CALLS as C
from calls_4 import CALLS as D
CALLS = A + B + C + D
IND = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
       "furniture", "feed", "hotel_supplies"]
problems = []
def find(turns, ev, want=None, cid=""):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (want is None or t["speaker"] == want)]
    if len(hits) != 1:
        problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]
seen_sent = collections.defaultdict(set)
stats = collections.Counter()
for c in CALLS:
    cid = "call-u215-%02d" % c["n"]
    turns, neg = [], []
    for i, t in enumerate(c["turns"]):
        p, text = t[:2], t[2:]
        sp = {"R:": "rep", "C:": "customer", "N:": "customer"}[p]
        if p == "N:":
            neg.append(i)
        turns.append({"speaker": sp, "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            problems.append(f"{cid} t{i}: latin/digit: {text}")
        for s in re.split(r"[。！？；]", text):
            s = s.strip("，、…")
            if len(s) >= 5:
                seen_sent[s].add(cid)
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        ti = s[2] if len(s) > 2 else find(turns, ev, None, cid)
        if ev not in turns[ti]["text"]:
            problems.append(f"{cid}: {ev!r} not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    spans = {}
    for k in ("fw", "op"):
        spans[k] = [{"turn": find(turns, ev, "rep", cid), "evidence": ev} for ev in c.get(k, [])]
    f = c["qa"]
    qa = {"greeting": "g" in f, "self_intro": "s" in f, "needs_discovery": "n" in f,
          "forbidden_words": spans["fw"], "over_promise": spans["op"],
          "next_step": "x" in f, "closing": "c" in f}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])):
        problems.append(f"{cid}: greeting flag mismatch")
    if qa["closing"] != bool(re.search("谢|祝", reps[-1])):
        problems.append(f"{cid}: closing flag mismatch")
    risk = c["risk"]
    if (risk == "none") != (not sigs):
        problems.append(f"{cid}: risk {risk} vs {len(sigs)} signals")
    if not (10 <= len(turns) <= 30):
        problems.append(f"{cid}: {len(turns)} turns")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if spans["op"] and "over_promise" not in tags:
        tags.append("over_promise")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    assert c["ind"] in IND, c["ind"]
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=1)
    stats["risk_" + risk] += 1
    stats["ind_" + c["ind"]] += 1
    stats["long" if len(turns) >= 20 else "short"] += 1
    stats["turns"] += len(turns)
    stats["neg"] += len(neg)
    stats["spans"] += len(sigs)
    for cat in {s["category"] for s in sigs}:
        stats["cat_" + cat] += 1
    for k, v in qa.items():
        if v is False:
            stats["miss_" + k] += 1
        elif isinstance(v, list) and v:
            stats["has_" + k] += 1
    for t in ("hard_negative", "negation", "ambiguous", "big_account", "silent_churn"):
        if t in tags:
            stats["tag_" + t] += 1
for s, ids in seen_sent.items():
    if len(ids) > 1:
        problems.append(f"sentence reused in {sorted(ids)}: {s}")
nums = sorted(c["n"] for c in CALLS)
if nums != list(range(1, 41)):
    problems.append(f"numbers {nums}")
for k in sorted(stats):
    print(k, stats[k])
print("\n".join(problems))
print(len(problems), "problems")
