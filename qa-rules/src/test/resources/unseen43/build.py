"""Build call-u43-NN.json from calls_def.py and check labels mechanically."""
import json, re, collections
from calls_def import CALLS

BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
QA_KEYS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]

def find_turn(turns, ev, only=None, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (only is None or t["speaker"] == only)]
    if turn is not None:
        assert turn in hits, (ev, turn, hits)
        return turn
    assert len(hits) == 1, ("evidence not unique / missing", ev, hits)
    return hits[0]

stats = collections.Counter(); cats = collections.Counter(); ntur = 0
for c in CALLS:
    cid = "call-u43-%02d" % c["n"]
    turns, neg = [], []
    for line in c["turns"].strip().splitlines():
        sp, text = line.split(":", 1)
        text = text.strip()
        assert not BAD.search(text), (cid, BAD.search(text).group(), text)
        if sp == "C!":
            neg.append(len(turns))
        turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
    assert 8 <= len(turns) <= 30, cid
    ntur += len(turns)
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = find_turn(turns, ev, turn=s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
        cats[cat] += 0
    for cat in {s["category"] for s in sigs}:
        cats[cat] += 1
    assert (c["risk"] == "none") == (not sigs), cid
    qa = {k: k not in c["miss"] for k in QA_KEYS}
    qa["forbidden_words"] = [{"turn": find_turn(turns, e, "rep"), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": find_turn(turns, e, "rep"), "evidence": e} for e in c["op"]]
    qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                             "over_promise", "next_step", "closing"]}
    # sanity checks for greeting / closing against the text
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    assert qa["greeting"] == ("您好" in first or "你好" in first), cid
    assert qa["closing"] == bool(re.search("谢|感谢|祝", last)), cid
    sigs.sort(key=lambda s: s["turn"])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    assert c["ind"] in INDS
    with open(cid + ".json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["ind"]] += 1
    for k in QA_KEYS:
        if not qa[k]: stats["miss_" + k] += 1
    if c["miss"]: stats["calls_with_miss"] += 1
    if c["fw"]: stats["calls_fw"] += 1
    if c["op"]: stats["calls_op"] += 1
    if "hard_negative" in c["tags"]: stats["hard_negative"] += 1
    stats["neg_turns"] += len(neg); stats["signals"] += len(sigs)
print("turns", ntur)
for k in sorted(stats): print(k, stats[k])
for k, v in cats.most_common(): print("cat", k, v)
