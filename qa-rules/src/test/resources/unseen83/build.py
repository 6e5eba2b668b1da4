# -*- coding: utf-8 -*-
"""Build call-u83-NN.json from calls_def.py and run self-checks."""
import json, os, re, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
MARK = re.compile(r"<([A-Za-z_]+)\|([^<>]*)>")
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ ]")
problems = []

def build(c):
    cid = "call-u83-%02d" % c["n"]
    turns, signals, forb, over, neg = [], [], [], [], []
    lines = [l for l in c["turns"].strip().split("\n") if l.strip()]
    for i, line in enumerate(lines):
        sp, raw = line.split("|", 1)
        speaker = {"R": "rep", "C": "customer", "C!": "customer"}[sp]
        if sp == "C!":
            neg.append(i)
        text = MARK.sub(lambda m: m.group(2), raw)
        for m in MARK.finditer(raw):
            tag, ev = m.group(1), m.group(2)
            assert ev in text
            if tag == "F" or tag == "O":
                if speaker != "rep":
                    problems.append("%s t%d: QA span on customer turn" % (cid, i))
                (forb if tag == "F" else over).append({"turn": i, "evidence": ev})
            elif tag in CATS:
                signals.append({"category": tag, "turn": i, "evidence": ev})
            else:
                problems.append("%s: unknown tag %s" % (cid, tag))
        if BAD.search(text):
            problems.append("%s t%d: bad char %r" % (cid, i, BAD.findall(text)))
        turns.append({"speaker": speaker, "text": text})
    miss = c["qa_miss"]
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    greet = ("您好" in turns[rep_idx[0]]["text"]) or ("你好" in turns[rep_idx[0]]["text"])
    if greet != ("greeting" not in miss):
        problems.append("%s: greeting mismatch" % cid)
    last = turns[rep_idx[-1]]["text"]
    closing_ok = any(w in last for w in ("谢谢", "感谢", "祝"))
    if closing_ok != ("closing" not in miss):
        problems.append("%s: closing mismatch" % cid)
    if not 8 <= len(turns) <= 30:
        problems.append("%s: %d turns" % (cid, len(turns)))
    if (c["risk"] == "none") != (not signals):
        problems.append("%s: risk/signal mismatch" % cid)
    qa = {"greeting": greet, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss, "forbidden_words": forb,
          "over_promise": over, "next_step": "next_step" not in miss,
          "closing": "closing" not in miss}
    return {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"],
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": signals, "qa": qa,
                       "customer_negative_turns": neg}}

out = [build(c) for c in CALLS]
assert len({o["id"] for o in out}) == len(out)
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")

# distribution + duplicate-sentence check
risk = collections.Counter(o["labels"]["churn_risk"] for o in out)
ind = collections.Counter(o["industry"] for o in out)
cats = collections.Counter()
for o in out:
    for cat in {s["category"] for s in o["labels"]["churn_signals"]}:
        cats[cat] += 1
sent = collections.Counter()
for o in out:
    for t in o["turns"]:
        for s in re.split(r"[。？！……]", t["text"]):
            if len(s) >= 10:
                sent[s] += 1
dups = [s for s, n in sent.items() if n > 1]
if dups:
    problems.append("repeated sentences: %r" % dups)
qa_miss = collections.Counter()
for o in out:
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        if not o["labels"]["qa"][k]:
            qa_miss[k] += 1
print("risk", dict(risk)); print("industry", dict(ind)); print("categories", dict(cats))
print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in out))
print("turns", sum(len(o["turns"]) for o in out), "lengths", sorted(len(o["turns"]) for o in out))
print("qa misses", dict(qa_miss), "calls with a miss",
      sum(1 for c in CALLS if c["qa_miss"]))
print("forbidden calls", sum(1 for o in out if o["labels"]["qa"]["forbidden_words"]),
      "over-promise calls", sum(1 for o in out if o["labels"]["qa"]["over_promise"]))
print("negative customer turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("hard negatives", sum(1 for o in out if "hard_negative" in o["tags"]))
print("problems:", len(problems)); [print(" ", p) for p in problems]
