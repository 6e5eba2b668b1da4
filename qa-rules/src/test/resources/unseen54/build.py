"""Build call-u54-NN.json from calls_def.CALLS and check labels mechanically."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
BAD = re.compile(r"[A-Za-z0-9,.?!:;()\"'\[\]]")


def parse(t):
    turns = []
    for line in t.strip().split("\n"):
        sp, text = line.split("：", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    return turns


def find(turns, ev, who=None, prefer_customer=False):
    idx = [i for i, tt in enumerate(turns) if ev in tt["text"] and (who is None or tt["speaker"] == who)]
    if prefer_customer:
        cust = [i for i in idx if turns[i]["speaker"] == "customer"]
        if cust:
            idx = cust
    assert len(idx) == 1, (ev, idx)
    return idx[0]


def main():
    assert len(CALLS) == 40
    stats = Counter()
    for n, c in enumerate(CALLS, 1):
        cid = "call-u54-%02d" % n
        turns = parse(c["t"])
        assert 8 <= len(turns) <= 30, (cid, len(turns))
        for tt in turns:
            assert not BAD.search(tt["text"]), (cid, tt["text"])
        sigs = [{"category": cat, "turn": find(turns, ev, prefer_customer=True), "evidence": ev}
                for cat, ev in c.get("sig", [])]
        sigs.sort(key=lambda s: s["turn"])
        if c["risk"] == "none":
            assert not sigs, cid
        else:
            assert sigs, cid
        qa = {b: b not in c.get("miss", []) for b in QA_BOOLS}
        qa["forbidden_words"] = [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in c.get("fw", [])]
        qa["over_promise"] = [{"turn": find(turns, ev, "rep"), "evidence": ev} for ev in c.get("op", [])]
        qa = {k: qa[k] for k in ["greeting", "self_intro", "needs_discovery", "forbidden_words",
                                 "over_promise", "next_step", "closing"]}
        neg = sorted(find(turns, ev, "customer") for ev in c.get("neg", []))
        assert len(set(neg)) == len(neg), cid
        obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
               "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                          "customer_negative_turns": neg}}
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats["risk_" + c["risk"]] += 1
        stats["ind_" + c["ind"]] += 1
        for cat in {s["category"] for s in sigs}:
            stats["cat_" + cat] += 1
        stats["spans"] += len(sigs)
        for b in QA_BOOLS:
            if not qa[b]:
                stats["miss_" + b] += 1
        stats["qa_miss_calls"] += bool(c.get("miss"))
        stats["fw_calls"] += bool(qa["forbidden_words"])
        stats["op_calls"] += bool(qa["over_promise"])
        stats["neg_turns"] += len(neg)
        stats["turns"] += len(turns)
        stats["hard_negative"] += "hard_negative" in c["tags"]
        stats["negation"] += "negation" in c["tags"]
        L = len(turns)
        stats["len_" + ("short" if L <= 11 else "medium" if L <= 16 else "long")] += 1
        print(cid, c["ind"], c["risk"], L)
    for k in sorted(stats):
        print(k, stats[k])


main()
