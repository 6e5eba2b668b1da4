import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS, CODES

OUT = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[([a-zA-Z])\|([^\]]+)\]")
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
problems = []


def parse(body):
    turns, neg, sigs, forb, over = [], [], [], [], []
    for line in body.strip().splitlines():
        tag, text = line.split(" ", 1)
        i = len(turns)
        speaker = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(i)
        for code, phrase in MARK.findall(text):
            if code == "F":
                forb.append({"turn": i, "evidence": phrase})
            elif code == "O":
                over.append({"turn": i, "evidence": phrase})
            else:
                sigs.append({"category": CODES[code], "turn": i, "evidence": phrase})
        plain = MARK.sub(lambda m: m.group(2), text)
        turns.append({"speaker": speaker, "text": plain})
    return turns, neg, sigs, forb, over


assert len(CALLS) == 40, len(CALLS)
risk = Counter(); ind = Counter(); cats = Counter(); nturns = []
for k, c in enumerate(CALLS, 1):
    cid = f"call-u53-{k:02d}"
    turns, neg, sigs, forb, over = parse(c["body"])
    qa = {b: b not in c["miss"] for b in QA_BOOLS}
    for m in c["miss"]:
        assert m in QA_BOOLS, (cid, m)
    doc = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
           "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                             "needs_discovery": qa["needs_discovery"], "forbidden_words": forb,
                             "over_promise": over, "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": neg}}
    # checks
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    for t in turns:
        if re.search(r"[A-Za-z0-9]", t["text"]) or re.search(r"[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]", t["text"]):
            problems.append(f"{cid}: ascii in {t['text']}")
    for s in sigs + forb + over:
        if s["evidence"] not in turns[s["turn"]]["text"]:
            problems.append(f"{cid}: evidence not found {s}")
    for s in forb + over:
        if turns[s["turn"]]["speaker"] != "rep":
            problems.append(f"{cid}: qa span on customer turn {s}")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk {c['risk']} with {len(sigs)} signals")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])):
        problems.append(f"{cid}: greeting flag mismatch")
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])):
        problems.append(f"{cid}: closing flag mismatch")
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    risk[c["risk"]] += 1; ind[c["industry"]] += 1; nturns.append(len(turns))
    for cat in {s["category"] for s in sigs}:
        cats[cat] += 1

print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats))
print("turns min/max/total", min(nturns), max(nturns), sum(nturns), sorted(nturns))
print("signals", sum(len(parse(c['body'])[2]) for c in CALLS),
      "neg turns", sum(len(parse(c['body'])[1]) for c in CALLS))
print("miss", Counter(m for c in CALLS for m in c["miss"]), "calls with misses", sum(1 for c in CALLS if c["miss"]))
print("forbidden calls", sum(1 for c in CALLS if "[F|" in c["body"]), "over-promise calls", sum(1 for c in CALLS if "[O|" in c["body"]))
print("hard_negative", sum(1 for c in CALLS if "hard_negative" in c["tags"]), "negation", sum(1 for c in CALLS if "negation" in c["tags"]))
print("\n".join(problems) or "build: 0 problems")
