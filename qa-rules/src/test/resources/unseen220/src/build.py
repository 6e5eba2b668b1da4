"""Build call-u220-NN.json from calls_*.py and run basic self-checks."""
import json, os, re, sys, importlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

calls = []
for k in range(1, 5):
    try:
        calls += importlib.import_module(f"calls_{k}").CALLS
    except ModuleNotFoundError:
        pass

problems = []
def bad(n, msg):
    problems.append(f"u220-{n:02d}: {msg}")

seen_sent = defaultdict(list)
for c in calls:
    n = c["n"]
    turns = []
    for t in c["turns"]:
        sp, txt = t.split("|", 1)
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": txt})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", txt):
            bad(n, f"latin/digit in: {txt}")
        if re.search(r"[,.!?;:\"']", txt):
            bad(n, f"ascii punctuation in: {txt}")
        for s in re.split(r"[。！？…]", txt):
            s = s.strip("，、 ")
            if len(s) >= 8:
                seen_sent[s].append(n)
    if not (10 <= len(turns) <= 30):
        bad(n, f"{len(turns)} turns")
    def chk(turn, ev, who=None, what=""):
        if not (0 <= turn < len(turns)):
            bad(n, f"{what} turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            bad(n, f"{what} evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who:
            bad(n, f"{what} turn {turn} is not {who}")
    for cat, turn, ev in c["signals"]:
        chk(turn, ev, None, cat)
    for turn, ev in c["forb"]:
        chk(turn, ev, "rep", "forbidden")
    for turn, ev in c["over"]:
        chk(turn, ev, "rep", "over_promise")
    for turn in c["neg"]:
        if turns[turn]["speaker"] != "customer":
            bad(n, f"neg turn {turn} not customer")
    if (c["risk"] == "none") != (len(c["signals"]) == 0):
        bad(n, "risk/signal mismatch")
    q = c["qa"]
    doc = {
        "id": f"call-u220-{n:02d}",
        "industry": c["industry"],
        "scenario": c["scenario"],
        "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"],
            "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
            "qa": {
                "greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
                "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["forb"]],
                "over_promise": [{"turn": t, "evidence": e} for t, e in c["over"]],
                "next_step": bool(q["ns"]), "closing": bool(q["c"]),
            },
            "customer_negative_turns": sorted(c["neg"]),
        },
    }
    with open(os.path.join(OUT, doc["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)

for s, ns in seen_sent.items():
    if len(ns) > 1:
        problems.append(f"repeated sentence in calls {ns}: {s}")

# summary
print("calls:", len(calls), "turns:", sum(len(c["turns"]) for c in calls))
print("risk:", Counter(c["risk"] for c in calls))
print("industry:", Counter(c["industry"] for c in calls))
print("long (20-30 turns):", sum(len(c["turns"]) >= 20 for c in calls),
      [c["n"] for c in calls if len(c["turns"]) >= 20])
cat = Counter()
for c in calls:
    for k in {s[0] for s in c["signals"]}:
        cat[k] += 1
print("calls per category:", dict(cat.most_common()), "spans:", sum(len(c["signals"]) for c in calls))
for key, name in [("g", "greeting"), ("s", "self_intro"), ("n", "needs_discovery"), ("ns", "next_step"), ("c", "closing")]:
    print(f"{name} missing:", [c["n"] for c in calls if not c["qa"][key]])
print("forbidden calls:", [c["n"] for c in calls if c["forb"]])
print("over_promise calls:", [c["n"] for c in calls if c["over"]])
print("hard negatives:", [c["n"] for c in calls if "hard_negative" in c["tags"]],
      "negation:", [c["n"] for c in calls if "negation" in c["tags"]])
print("negative turns:", sum(len(c["neg"]) for c in calls))
print("turns per call:", {c["n"]: len(c["turns"]) for c in calls})
print("PROBLEMS:", len(problems))
for p in problems:
    print("  ", p)
