"""Build call-u166-NN.json from calls_1..4.py and check them."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import calls_1, calls_2, calls_3, calls_4

CALLS = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = ["none", "low", "medium", "high"]
BAD = re.compile(r"[A-Za-z0-9,.?!:;\"'()%]")

problems = []
def err(n, msg):
    problems.append(f"call {n}: {msg}")

def build(c):
    n = c["n"]
    turns = []
    for line in c["t"]:
        sp, text = line[0], line[2:]
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
    qa = {"greeting": "g" in c["qa"], "self_intro": "s" in c["qa"],
          "needs_discovery": "d" in c["qa"],
          "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
          "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
          "next_step": "x" in c["qa"], "closing": "c" in c["qa"]}
    return {"id": f"call-u166-{n:02d}", "industry": c["ind"], "scenario": c["sc"],
            "tags": c["tags"], "turns": turns,
            "labels": {"churn_risk": c["risk"],
                       "churn_signals": [{"category": k, "turn": t, "evidence": e}
                                         for k, t, e in c["sig"]],
                       "qa": qa, "customer_negative_turns": c["neg"]}}

def check(c, d):
    n = c["n"]; turns = d["turns"]; L = d["labels"]
    if not 8 <= len(turns) <= 12: err(n, f"{len(turns)} turns")
    if c["ind"] not in INDUSTRIES: err(n, "industry")
    if c["risk"] not in RISKS: err(n, "risk")
    for i, t in enumerate(turns):
        if BAD.search(t["text"]): err(n, f"turn {i} latin/digit/ascii punct: {BAD.findall(t['text'])}")
    if BAD.search(c["sc"]): err(n, "scenario has latin/digit")
    for s in L["churn_signals"]:
        if s["category"] not in CATS: err(n, f"bad category {s['category']}")
        if not 0 <= s["turn"] < len(turns) or s["evidence"] not in turns[s["turn"]]["text"]:
            err(n, f"signal evidence not in turn: {s}")
    for k in ("forbidden_words", "over_promise"):
        for s in L["qa"][k]:
            if not 0 <= s["turn"] < len(turns) or s["evidence"] not in turns[s["turn"]]["text"]:
                err(n, f"{k} evidence not in turn: {s}")
            elif turns[s["turn"]]["speaker"] != "rep":
                err(n, f"{k} on non-rep turn {s['turn']}")
    for i in L["customer_negative_turns"]:
        if turns[i]["speaker"] != "customer": err(n, f"negative turn {i} not customer")
    if (c["risk"] == "none") != (not L["churn_signals"]):
        err(n, "risk/signals mismatch")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = "您好" in reps[0] or "你好" in reps[0]
    if has_greet != L["qa"]["greeting"]: err(n, "greeting flag vs text")
    has_close = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if has_close != L["qa"]["closing"]: err(n, "closing flag vs text")
    if turns[0]["speaker"] != "rep": err(n, "first turn not rep")

out = []
for c in CALLS:
    d = build(c); check(c, d); out.append(d)

# distribution checks
if len(out) != 40: problems.append(f"{len(out)} calls")
if sorted(c["n"] for c in CALLS) != list(range(1, 41)): problems.append("call numbers")
rc = Counter(c["risk"] for c in CALLS); ic = Counter(c["ind"] for c in CALLS)
if any(rc[r] != 10 for r in RISKS): problems.append(f"risk dist {rc}")
if any(ic[i] != 5 for i in INDUSTRIES): problems.append(f"industry dist {ic}")

# no sentence reused across calls
seen = {}
for c in CALLS:
    for line in c["t"]:
        for s in re.split(r"(?<=[。！？])", line[2:]):
            s = s.strip()
            if len(s) >= 4:
                if s in seen and seen[s] != c["n"]:
                    problems.append(f"sentence reused in calls {seen[s]} and {c['n']}: {s}")
                seen.setdefault(s, c["n"])

for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

# summary
cat_calls = Counter(); nsig = 0
for c in CALLS:
    nsig += len(c["sig"])
    for k in {s[0] for s in c["sig"]}: cat_calls[k] += 1
print("risk", dict(rc)); print("industry", dict(ic))
print("turns", sum(len(c["t"]) for c in CALLS), Counter(len(c["t"]) for c in CALLS))
print("signals", nsig, dict(cat_calls.most_common()))
for key, letter in (("greeting", "g"), ("self_intro", "s"), ("needs_discovery", "d"),
                    ("next_step", "x"), ("closing", "c")):
    miss = [c["n"] for c in CALLS if letter not in c["qa"]]
    print("missing", key, len(miss), miss)
print("forbidden", [c["n"] for c in CALLS if c["fw"]], "over_promise", [c["n"] for c in CALLS if c["op"]])
print("neg turns", sum(len(c["neg"]) for c in CALLS))
tagc = Counter(t for c in CALLS for t in c["tags"])
print("tags", dict(tagc.most_common()))
print("hard_negative in none:", sum(1 for c in CALLS if c["risk"] == "none" and "hard_negative" in c["tags"]),
      "negation:", [c["n"] for c in CALLS if "negation" in c["tags"]])
print(f"{len(problems)} build problems")
for p in problems: print("  ", p)
sys.exit(1 if problems else 0)
