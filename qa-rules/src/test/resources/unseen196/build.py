"""Build call-u196-NN.json from calls_1..4.py.

Call source format (see calls_*.py): each turn is one line "R text", "C text" or
"C! text" (customer turn with negative emotion). Labels are inline markup inside the
text: {category:evidence} for churn signals, {op:evidence} for over-promise and
{fw:evidence} for forbidden words. The markup is stripped; the evidence is recorded with
the 0-based turn index and re-checked as an exact substring of the clean text.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"}
MARK = re.compile(r"\{([a-z_]+):([^{}]+)\}")


def parse(call):
    turns, sigs, op, fw, neg = [], [], [], [], []
    for line in [l.strip() for l in call["turns"].strip().splitlines() if l.strip()]:
        tag, text = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        i = len(turns)
        if tag == "C!":
            neg.append(i)
        for cat, ev in MARK.findall(text):
            item = {"turn": i, "evidence": ev}
            if cat == "op":
                assert spk == "rep", (call["n"], i); op.append(item)
            elif cat == "fw":
                assert spk == "rep", (call["n"], i); fw.append(item)
            else:
                assert cat in CATS, (call["n"], cat)
                sigs.append({"category": cat, "turn": i, "evidence": ev})
        clean = MARK.sub(lambda m: m.group(2), text)
        assert "{" not in clean and "}" not in clean, (call["n"], i, clean)
        turns.append({"speaker": spk, "text": clean})
    return turns, sigs, op, fw, neg


def main():
    calls = []
    for k in range(1, 5):
        mod = __import__(f"calls_{k}")
        calls += mod.CALLS
    problems = []
    seen_sent = collections.defaultdict(list)
    stats = collections.Counter()
    for c in calls:
        n = c["n"]
        cid = f"call-u196-{n:02d}"
        turns, sigs, op, fw, neg = parse(c)
        q = c.get("qa", {})
        qa = {"greeting": bool(q.get("g", 1)), "self_intro": bool(q.get("si", 1)),
              "needs_discovery": bool(q.get("nd", 1)), "forbidden_words": fw,
              "over_promise": op, "next_step": bool(q.get("ns", 1)),
              "closing": bool(q.get("cl", 1))}
        doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
               "turns": turns,
               "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                          "customer_negative_turns": neg}}
        # checks
        def P(msg):
            problems.append(f"{cid}: {msg}")
        if c["ind"] not in INDS: P("industry")
        if not 10 <= len(turns) <= 30: P(f"turn count {len(turns)}")
        for i, t in enumerate(turns):
            if re.search(r"[A-Za-z0-9]", t["text"]): P(f"latin/digit in turn {i}")
            if i and turns[i - 1]["speaker"] == t["speaker"]: P(f"same speaker twice at {i}")
            for s in re.split(r"[。！？；]", t["text"]):
                s = s.strip("，、…：“”")
                if len(s) >= 8:
                    seen_sent[s].append(cid)
        for s in sigs + op + fw:
            if s["evidence"] not in turns[s["turn"]]["text"]: P(f"evidence {s}")
        if c["risk"] == "none" and sigs: P("none with signals")
        if c["risk"] != "none" and not sigs: P("risk without signals")
        rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
        first_rep = turns[rep_idx[0]]["text"]
        last_rep = turns[rep_idx[-1]]["text"]
        if qa["greeting"] != bool(re.search("您好|你好", first_rep)): P("greeting mismatch")
        if qa["closing"] != bool(re.search("谢谢|感谢|祝", last_rep)): P("closing mismatch")
        if turns[0]["speaker"] != "rep": P("rep should pick up first")
        if "inbound" not in c["tags"]: P("inbound tag")
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        stats["turns"] += len(turns)
        stats["long" if len(turns) >= 20 else "short"] += 1
    for s, ids in seen_sent.items():
        if len(set(ids)) > 1:
            problems.append(f"repeated sentence {s} in {sorted(set(ids))}")
    nums = sorted(c["n"] for c in calls)
    if nums != list(range(1, 41)): problems.append(f"numbers {nums}")
    risk = collections.Counter(c["risk"] for c in calls)
    ind = collections.Counter(c["ind"] for c in calls)
    print("risk", dict(risk)); print("industry", dict(ind)); print(dict(stats))
    for p in problems:
        print("PROBLEM", p)
    print(len(problems), "build problems")


if __name__ == "__main__":
    main()
