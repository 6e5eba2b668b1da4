import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS as A
from calls_def2 import CALLS as B

OUT = os.path.dirname(os.path.abspath(__file__))
CALLS = A + B
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
        "furniture", "feed", "hotel_supplies"]
QA5 = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
BAD = re.compile(r"[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errs = []
sent_seen = collections.defaultdict(list)

def err(n, msg):
    errs.append(f"call {n}: {msg}")

assert [c["n"] for c in CALLS] == list(range(1, 41))
for c in CALLS:
    n = c["n"]
    turns, sigs, fw, op, neg = [], [], [], [], []
    if not 8 <= len(c["turns"]) <= 30:
        err(n, f"turn count {len(c['turns'])}")
    for i, (sp, text, marks) in enumerate(c["turns"]):
        if BAD.search(text):
            err(n, f"turn {i} bad char {BAD.findall(text)}")
        for s in re.split(r"[。？！]", text):
            if len(s) >= 7:
                sent_seen[s].append(n)
        turns.append({"speaker": sp, "text": text})
        for m in marks:
            if m == "neg":
                if sp != "customer": err(n, f"neg on rep turn {i}")
                neg.append(i); continue
            kind, rest = m.split(":", 1)
            if kind == "sig":
                cat, ev = rest.split(":", 1)
                if cat not in CATS: err(n, f"bad cat {cat}")
                if ev not in text: err(n, f"sig evidence not in turn {i}: {ev}")
                sigs.append({"category": cat, "turn": i, "evidence": ev})
            elif kind in ("fw", "op"):
                if sp != "rep": err(n, f"{kind} on customer turn {i}")
                if rest not in text: err(n, f"{kind} evidence not in turn {i}: {rest}")
                (fw if kind == "fw" else op).append({"turn": i, "evidence": rest})
            else:
                err(n, f"bad mark {m}")
    if (c["risk"] == "none") != (len(sigs) == 0):
        err(n, f"risk {c['risk']} with {len(sigs)} signals")
    qa = {k: k not in c["miss"] for k in QA5}
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != ("您好" in reps[0] or "你好" in reps[0]):
        err(n, "greeting flag mismatch")
    if qa["closing"] != any(w in reps[-1] for w in ("谢谢", "感谢", "祝")):
        err(n, "closing flag mismatch")
    if turns[0]["speaker"] != "rep": err(n, "first turn not rep")
    cid = f"call-u103-{n:02d}"
    present = sorted({s["category"] for s in sigs})
    tags = [t for t in c["tags"] if t not in CATS and t != "short"] + present
    if len(turns) <= 10:
        tags.append("short")
    obj = {
        "id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags,
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                   "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                   "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
            "customer_negative_turns": sorted(neg),
        },
    }
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

for s, ns in sent_seen.items():
    if len(ns) > 1:
        errs.append(f"repeated sentence in calls {ns}: {s}")

risk = collections.Counter(c["risk"] for c in CALLS)
ind = collections.Counter(c["industry"] for c in CALLS)
print("risk", dict(risk)); print("industry", dict(ind))
cat_calls = collections.Counter()
nsig = 0
for c in CALLS:
    cs = set()
    for t in c["turns"]:
        for m in t[2]:
            if m.startswith("sig:"):
                cs.add(m.split(":")[1]); nsig += 1
    cat_calls.update(cs)
print("calls per category", dict(cat_calls.most_common()), "signals", nsig)
print("misses", {k: [c["n"] for c in CALLS if k in c["miss"]] for k in QA5})
print("fw", [c["n"] for c in CALLS if any(m.startswith("fw:") for t in c["turns"] for m in t[2])])
print("op", [c["n"] for c in CALLS if any(m.startswith("op:") for t in c["turns"] for m in t[2])])
print("hard_neg", [c["n"] for c in CALLS if "hard_negative" in c["tags"]])
print("neg turns", sum(1 for c in CALLS for t in c["turns"] if "neg" in t[2]))
print("turns", sum(len(c["turns"]) for c in CALLS), sorted(len(c["turns"]) for c in CALLS))
if ind != collections.Counter({i: 5 for i in INDS}): errs.append("industry spread")
if any(v != 10 for v in risk.values()) or len(risk) != 4: errs.append("risk spread")
print("\n".join(errs) or "build: 0 problems")
