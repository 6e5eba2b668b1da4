import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CALLS
import importlib
for m in ["calls_a", "calls_b", "calls_c", "calls_d"]:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
        importlib.import_module(m)
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change", "demand_reduction", "non_renewal", "channel_conflict"}
probs = []
sent = collections.Counter()
for c in CALLS:
    i, T = c["id"], c["turns"]
    L = c["labels"]
    if not 8 <= len(T) <= 30: probs.append((i, "turns", len(T)))
    for k, t in enumerate(T):
        bad = [ch for ch in t["text"] if ord(ch) < 128]
        if bad: probs.append((i, k, "ascii", "".join(bad)))
        for s in re.split("[。？！]", t["text"]):
            if len(s) >= 8: sent[s] += 1
    for s in L["churn_signals"]:
        if s["category"] not in CATS: probs.append((i, "cat", s))
        if s["evidence"] not in T[s["turn"]]["text"]: probs.append((i, "sig ev", s))
    for key in ["forbidden_words", "over_promise"]:
        for s in L["qa"][key]:
            if T[s["turn"]]["speaker"] != "rep" or s["evidence"] not in T[s["turn"]]["text"]: probs.append((i, key, s))
    for k in L["customer_negative_turns"]:
        if T[k]["speaker"] != "customer": probs.append((i, "neg", k))
    if (L["churn_risk"] == "none") != (not L["churn_signals"]): probs.append((i, "none/signals"))
    reps = [t["text"] for t in T if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != L["qa"]["greeting"]: probs.append((i, "greeting?", reps[0]))
    cl = any(w in reps[-1] for w in ["谢", "祝"])
    if cl != L["qa"]["closing"]: probs.append((i, "closing?", reps[-1]))
for s, n in sent.items():
    if n > 1: probs.append(("dup sentence", s, n))
for p in probs: print(p)
print("calls", len(CALLS), "risk", collections.Counter(c["labels"]["churn_risk"] for c in CALLS),
      "ind", collections.Counter(c["industry"] for c in CALLS))
print("turns", collections.Counter(len(c["turns"]) // 10 * 10 for c in CALLS))
print("cats", collections.Counter(s["category"] for c in CALLS for s in set((x["category"],) for x in c["labels"]["churn_signals"]) for s in [{"category": s[0]}]))
print("miss", collections.Counter(k for c in CALLS for k in ["greeting","self_intro","needs_discovery","next_step","closing"] if not c["labels"]["qa"][k]),
      "fw", sum(bool(c["labels"]["qa"]["forbidden_words"]) for c in CALLS), "op", sum(bool(c["labels"]["qa"]["over_promise"]) for c in CALLS),
      "missing-calls", sum(any(not c["labels"]["qa"][k] for k in ["greeting","self_intro","needs_discovery","next_step","closing"]) for c in CALLS))
for c in CALLS:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("problems", len(probs))
