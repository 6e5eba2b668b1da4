"""Build call-u112-NN.json from calls_def.py and check the labels mechanically."""
import json, re, sys, collections
from calls_def import CALLS

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
MARK = re.compile(r"\{(\w+):([^{}]*)\}")
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
problems = []

def parse(call, idx):
    turns, sigs, fw, op, neg = [], [], [], [], []
    lines = [l for l in call["turns"].strip().split("\n") if l.strip()]
    for t, line in enumerate(lines):
        head, text = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[head]
        if head == "C!":
            neg.append(t)
        for m in MARK.finditer(text):
            kind, ev = m.group(1), m.group(2)
            if kind == "fw" or kind == "op":
                if spk != "rep":
                    problems.append(f"{idx}: {kind} in customer turn {t}")
                (fw if kind == "fw" else op).append({"turn": t, "evidence": ev})
            elif kind in CATS:
                sigs.append({"category": kind, "turn": t, "evidence": ev})
            else:
                problems.append(f"{idx}: unknown marker {kind}")
        clean = MARK.sub(lambda m: m.group(2), text)
        if BAD.search(clean):
            problems.append(f"{idx}: turn {t} has ascii/latin/digit: {BAD.findall(clean)}")
        turns.append({"speaker": spk, "text": clean})
    return turns, sigs, fw, op, neg

stats = collections.Counter()
catcalls = collections.Counter()
for i, call in enumerate(CALLS, 1):
    cid = f"call-u112-{i:02d}"
    turns, sigs, fw, op, neg = parse(call, cid)
    miss = set(call["miss"])
    qa = {"greeting": "greeting" not in miss, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss, "forbidden_words": fw,
          "over_promise": op, "next_step": "next_step" not in miss, "closing": "closing" not in miss}
    # checks
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    if (call["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk {call['risk']} with {len(sigs)} signals")
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            problems.append(f"{cid}: evidence not in turn {s}")
    rep_turns = [t for t in turns if t["speaker"] == "rep"]
    first, last = rep_turns[0]["text"], rep_turns[-1]["text"]
    if qa["greeting"] != ("您好" in first[:12] or "你好" in first[:12]):
        problems.append(f"{cid}: greeting flag vs text")
    if qa["closing"] != any(w in last for w in ("谢谢", "感谢", "祝")):
        problems.append(f"{cid}: closing flag vs text")
    for n in neg:
        assert turns[n]["speaker"] == "customer"
    cats = sorted({s["category"] for s in sigs})
    tags = list(dict.fromkeys(call["tags"] + cats + (["short"] if len(turns) <= 10 else [])))
    doc = {"id": cid, "industry": call["ind"], "scenario": call["scen"], "tags": tags,
           "turns": turns,
           "labels": {"churn_risk": call["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(f"{cid}.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    stats["risk_" + call["risk"]] += 1
    stats["ind_" + call["ind"]] += 1
    stats["turns"] += len(turns)
    stats["signals"] += len(sigs)
    stats["neg_turns"] += len(neg)
    for c in cats:
        catcalls[c] += 1
    for k in miss:
        stats["miss_" + k] += 1
    if miss:
        stats["calls_with_miss"] += 1
    if fw: stats["calls_fw"] += 1
    if op: stats["calls_op"] += 1
    if "hard_negative" in tags: stats["hard_negative"] += 1
    if "negation" in tags: stats["negation"] += 1
    stats[f"len_{'short' if len(turns) <= 10 else 'medium' if len(turns) <= 17 else 'long'}"] += 1
    print(cid, call["ind"], call["risk"], len(turns), "turns", cats, "miss", sorted(miss))

print(dict(sorted(stats.items())))
print(dict(catcalls.most_common()))
print("problems:", len(problems))
for p in problems:
    print("  ", p)
sys.exit(1 if problems else 0)
