"""Build call-u65-NN.json from calls_def.py and check labels mechanically."""
import json, re, os, sys
from collections import Counter
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
MARK = re.compile(r"\{(\w+):([^{}]*)\}")
BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~ \t]")
problems = []

def build(c):
    cid = "call-u65-%02d" % c["n"]
    turns, signals, fw, op, neg = [], [], [], [], []
    for i, raw in enumerate(c["turns"]):
        tag, body = raw.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(i)
        spans = MARK.findall(body)
        text = MARK.sub(lambda m: m.group(2), body)
        if "{" in text or "}" in text:
            problems.append((cid, i, "unbalanced markup"))
        if BAD.search(text):
            problems.append((cid, i, "bad char " + repr(BAD.findall(text))))
        for code, ev in spans:
            assert ev in text
            if code in CATS:
                signals.append({"category": code, "turn": i, "evidence": ev})
                if spk == "rep" and code != "contact_change":
                    problems.append((cid, i, "rep-side signal " + code))
            elif code in ("fw", "op"):
                (fw if code == "fw" else op).append({"turn": i, "evidence": ev})
                if spk != "rep":
                    problems.append((cid, i, "qa span on customer turn"))
            else:
                problems.append((cid, i, "unknown code " + code))
        turns.append({"speaker": spk, "text": text})
    miss = c["miss"]
    qa = {"greeting": "G" not in miss, "self_intro": "S" not in miss,
          "needs_discovery": "D" not in miss, "forbidden_words": fw, "over_promise": op,
          "next_step": "N" not in miss, "closing": "E" not in miss}
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    first, last = turns[rep_idx[0]]["text"], turns[rep_idx[-1]]["text"]
    if qa["greeting"] != ("您好" in first or "你好" in first):
        problems.append((cid, rep_idx[0], "greeting mismatch"))
    if qa["closing"] != any(w in last for w in ("谢谢", "感谢", "祝")):
        problems.append((cid, rep_idx[-1], "closing mismatch"))
    if not 8 <= len(turns) <= 30:
        problems.append((cid, None, "turn count %d" % len(turns)))
    if (c["risk"] == "none") != (not signals):
        problems.append((cid, None, "risk/signals mismatch"))
    tags = list(dict.fromkeys(c["tags"] + sorted({s["category"] for s in signals})
                              + (["over_promise"] if op else []) + (["short"] if len(turns) <= 10 else [])))
    if len(turns) > 10 and "short" in tags:
        tags.remove("short")
    return {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
            "turns": turns,
            "labels": {"churn_risk": c["risk"], "churn_signals": signals, "qa": qa,
                       "customer_negative_turns": neg}}

calls = [build(c) for c in CALLS]
assert [c["n"] for c in CALLS] == list(range(1, 41))
for call in calls:
    with open(os.path.join(HERE, call["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(call, f, ensure_ascii=False, indent=1)
        f.write("\n")

# stats
risk = Counter(c["labels"]["churn_risk"] for c in calls)
ind = Counter(c["industry"] for c in calls)
cat_calls = Counter(cat for c in calls for cat in {s["category"] for s in c["labels"]["churn_signals"]})
spans = sum(len(c["labels"]["churn_signals"]) for c in calls)
lens = [len(c["turns"]) for c in calls]
qa_miss = Counter(k for c in calls for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")
                  if not c["labels"]["qa"][k])
any_miss = sum(1 for c in calls if any(not c["labels"]["qa"][k] for k in qa_miss))
fw_calls = sum(1 for c in calls if c["labels"]["qa"]["forbidden_words"])
op_calls = sum(1 for c in calls if c["labels"]["qa"]["over_promise"])
neg = sum(len(c["labels"]["customer_negative_turns"]) for c in calls)
hn = sum(1 for c in calls if "hard_negative" in c["tags"])
ngt = sum(1 for c in calls if "negation" in c["tags"])
print("risk", dict(risk)); print("industry", dict(ind))
print("category calls", cat_calls.most_common(), "spans", spans)
print("turns total", sum(lens), "min", min(lens), "max", max(lens),
      "short<=10", sum(l <= 10 for l in lens), "11-18", sum(11 <= l <= 18 for l in lens), ">18", sum(l > 18 for l in lens))
print("qa missing", dict(qa_miss), "calls with a miss", any_miss, "fw calls", fw_calls, "op calls", op_calls)
print("negative customer turns", neg, "hard negatives", hn, "negations", ngt)
for p in problems:
    print("PROBLEM", p)
print("problems:", len(problems))
