import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

INDUSTRIES = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
CATS = ["price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"]
KNOWN_TAGS = set("calm_renewal calm upsell complaint inbound silent_churn big_account hard_negative negation competitor_mention price_mention ambiguous over_promise short".split()) | set(CATS)
QA_BOOLS = ["greeting","self_intro","needs_discovery","next_step","closing"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
SPAN = re.compile(r"\{(\w+):([^{}]*)\}")

problems = []
def err(cid, msg): problems.append(f"{cid}: {msg}")

calls = []
blocks = [b.strip() for b in CALLS.strip().split("\n@ ") if b.strip()]
for b in blocks:
    lines = b.lstrip("@ ").split("\n")
    head = [h.strip() for h in lines[0].split("|")]
    num, ind, risk = head[0].split()
    scen, tags, miss = head[1], [t for t in head[2].split(",") if t], [m for m in head[3].split(",") if m]
    cid = f"call-e36-{num}"
    turns, sigs, fw, op, neg = [], [], [], [], []
    for i, ln in enumerate(lines[1:]):
        sp, text = ln.split("|", 1)
        spk = "rep" if sp == "R" else "customer"
        if sp == "C!": neg.append(i)
        def rep(m):
            kind, ev = m.group(1), m.group(2)
            if kind == "FW": fw.append({"turn": i, "evidence": ev})
            elif kind == "OP": op.append({"turn": i, "evidence": ev})
            else:
                if kind not in CATS: err(cid, f"bad category {kind}")
                sigs.append({"category": kind, "turn": i, "evidence": ev})
            return ev
        clean = SPAN.sub(rep, text)
        if "{" in clean or "}" in clean: err(cid, f"unparsed marker turn {i}")
        if BAD.search(clean): err(cid, f"bad char in turn {i}: {BAD.findall(clean)}")
        turns.append({"speaker": spk, "text": clean})
    if BAD.search(scen): err(cid, "bad char in scenario")
    for m in miss:
        if m not in QA_BOOLS: err(cid, f"bad miss {m}")
    qa = {"greeting": "greeting" not in miss, "self_intro": "self_intro" not in miss,
          "needs_discovery": "needs_discovery" not in miss, "forbidden_words": fw, "over_promise": op,
          "next_step": "next_step" not in miss, "closing": "closing" not in miss}
    # checks
    if not 8 <= len(turns) <= 30: err(cid, f"{len(turns)} turns")
    if ind not in INDUSTRIES: err(cid, "industry")
    if (risk == "none") != (len(sigs) == 0): err(cid, "none vs signals mismatch")
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"] or not s["evidence"]: err(cid, f"evidence {s}")
    for s in fw + op:
        if turns[s["turn"]]["speaker"] != "rep": err(cid, f"qa span not rep {s}")
    for n in neg:
        if turns[n]["speaker"] != "customer": err(cid, "neg not customer")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: err(cid, f"greeting heuristic {g}")
    c = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if c != qa["closing"]: err(cid, f"closing heuristic {c}")
    cats_present = sorted({s["category"] for s in sigs}, key=CATS.index)
    tags = [t for t in tags if t in KNOWN_TAGS]
    if op and "over_promise" not in tags: tags.append("over_promise")
    for cat in cats_present:
        if cat not in tags: tags.append(cat)
    if len(turns) <= 9 and "short" not in tags: tags.append("short")
    tags = list(dict.fromkeys(tags))
    calls.append({"id": cid, "industry": ind, "scenario": scen, "tags": tags, "turns": turns,
                  "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}})

# global checks
ids = [c["id"] for c in calls]
if ids != [f"call-e36-{i:02d}" for i in range(1, 61)]: problems.append(f"ids: {ids}")
rc = collections.Counter(c["labels"]["churn_risk"] for c in calls)
ic = collections.Counter(c["industry"] for c in calls)
sent = collections.Counter()
for c in calls:
    for t in c["turns"]:
        for s in re.split(r"[。！？]", t["text"]):
            if len(s) >= 8: sent[s] += 1
dups = [s for s, n in sent.items() if n > 1]
if dups: problems.append(f"duplicate sentences: {dups}")
for c in calls:
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(c, f, ensure_ascii=False, indent=1); f.write("\n")

catc = collections.Counter(cat for c in calls for cat in {s["category"] for s in c["labels"]["churn_signals"]})
print("risk", dict(rc)); print("industry", dict(ic)); print("calls per category", dict(catc))
print("signal spans", sum(len(c["labels"]["churn_signals"]) for c in calls))
print("turns", sum(len(c["turns"]) for c in calls), "min", min(len(c["turns"]) for c in calls), "max", max(len(c["turns"]) for c in calls))
for k in QA_BOOLS: print("missing", k, sum(not c["labels"]["qa"][k] for c in calls))
print("forbidden calls", sum(bool(c["labels"]["qa"]["forbidden_words"]) for c in calls), "over_promise calls", sum(bool(c["labels"]["qa"]["over_promise"]) for c in calls))
print("qa-miss calls", sum(any(not c["labels"]["qa"][k] for k in QA_BOOLS) for c in calls))
print("neg turns", sum(len(c["labels"]["customer_negative_turns"]) for c in calls))
print("hard_negative", sum("hard_negative" in c["tags"] for c in calls), "negation", sum("negation" in c["tags"] for c in calls))
print("PROBLEMS", len(problems)); [print(" ", p) for p in problems]
