"""Build call-u232-NN.json from calls_1..4.py and check them."""
import json, re, importlib, sys, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
MARK = re.compile(r"\[([a-z_]+):([^\[\]]+)\]")
problems = []

def parse(n, c):
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l.strip() for l in c["body"].strip().splitlines() if l.strip()]:
        pre, text = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[pre]
        i = len(turns)
        marks = MARK.findall(text)
        clean = MARK.sub(lambda m: m.group(2), text)
        if "[" in clean or "]" in clean:
            problems.append(f"{n}: stray bracket in turn {i}")
        for cat, ev in marks:
            if not clean.count(ev):
                problems.append(f"{n}: evidence not in turn {i}: {ev}")
            if cat in CATS:
                sigs.append({"category": cat, "turn": i, "evidence": ev})
            elif cat in ("fw", "op"):
                if spk != "rep":
                    problems.append(f"{n}: {cat} span on customer turn {i}")
                (fw if cat == "fw" else op).append({"turn": i, "evidence": ev})
            else:
                problems.append(f"{n}: unknown marker {cat}")
        if pre == "C!":
            neg.append(i)
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", clean):
            problems.append(f"{n}: latin/digit in turn {i}: {clean}")
        turns.append({"speaker": spk, "text": clean})
    return turns, sigs, fw, op, neg

out = []
for k in range(1, 5):
    mod = importlib.import_module(f"calls_{k}")
    out.extend(mod.CALLS)
assert len(out) == 40, len(out)
stats = collections.Counter()
for idx, c in enumerate(out, 1):
    cid = f"call-u232-{idx:02d}"
    turns, sigs, fw, op, neg = parse(cid, c)
    qa = c["qa"]
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if op and "over_promise" not in tags:
        tags.append("over_promise")
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
              "qa": {"greeting": "G" in qa, "self_intro": "S" in qa, "needs_discovery": "D" in qa,
                     "forbidden_words": fw, "over_promise": op,
                     "next_step": "N" in qa, "closing": "C" in qa},
              "customer_negative_turns": neg}
    # sanity checks
    if not 10 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    if turns[0]["speaker"] != "rep":
        problems.append(f"{cid}: first turn not rep")
    if c["risk"] == "none" and sigs:
        problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs:
        problems.append(f"{cid}: {c['risk']} without signals")
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in rep_turns[0] or "你好" in rep_turns[0])
    if g != ("G" in qa):
        problems.append(f"{cid}: greeting flag {('G' in qa)} vs text {g}")
    cl = any(w in rep_turns[-1] for w in ("谢", "祝"))
    if cl != ("C" in qa):
        problems.append(f"{cid}: closing flag {('C' in qa)} vs text {cl}")
    for i in range(1, len(turns)):
        if turns[i]["speaker"] == turns[i-1]["speaker"]:
            problems.append(f"{cid}: same speaker twice at {i}")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags,
           "turns": turns, "labels": labels}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats["risk_" + c["risk"]] += 1
    stats["ind_" + c["ind"]] += 1
    stats["long" if len(turns) >= 20 else "short"] += 1
    stats["turns"] += len(turns)
    stats["signals"] += len(sigs)
    for cat in {s["category"] for s in sigs}:
        stats["cat_" + cat] += 1
    for key, letter in (("miss_greeting", "G"), ("miss_self_intro", "S"), ("miss_needs", "D"),
                        ("miss_next_step", "N"), ("miss_closing", "C")):
        if letter not in qa:
            stats[key] += 1
    stats["calls_fw"] += bool(fw); stats["calls_op"] += bool(op)
    stats["fw_spans"] += len(fw); stats["op_spans"] += len(op)
    stats["neg_turns"] += len(neg)
    if "hard_negative" in tags: stats["hard_negative"] += 1
    if "negation" in tags: stats["negation"] += 1
    if "ambiguous" in tags: stats["ambiguous"] += 1
    if "big_account" in tags: stats["big_account"] += 1
    print(cid, c["ind"], c["risk"], len(turns), "turns", len(sigs), "signals", qa, "fw", len(fw), "op", len(op), "neg", neg)
# sentence reuse check
seen = {}
for idx, c in enumerate(out, 1):
    for t in parse("x", c)[0]:
        for s in re.split(r"[。！？；]", t["text"]):
            if len(s) >= 8:
                if s in seen and seen[s] != idx:
                    problems.append(f"sentence reused in {seen[s]} and {idx}: {s}")
                seen.setdefault(s, idx)
for k in sorted(stats):
    print(k, stats[k])
print("problems:", len(problems))
for p in problems:
    print(" ", p)
