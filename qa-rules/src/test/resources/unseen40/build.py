"""Build call-u40-NN.json from calls_def.py and check labels mechanically."""
import json, os, re, sys, collections
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
problems = []

def err(n, msg):
    problems.append(f"call {n:02d}: {msg}")

def parse(n, text):
    turns, neg = [], []
    for line in text.strip().splitlines():
        tag, body = line.split(" ", 1)
        if tag not in ("R", "C", "C!"):
            err(n, f"bad tag {tag}")
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(body):
            err(n, f"bad char in turn {len(turns)}: {BAD.findall(body)}")
        turns.append({"speaker": spk, "text": body.strip()})
    return turns, neg

def locate(n, turns, ev, turn=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if turn is not None:
        if turn not in hits:
            err(n, f"evidence {ev!r} not in turn {turn}")
        return turn
    if len(hits) != 1:
        err(n, f"evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

sent_seen = collections.defaultdict(list)
out = []
for c in CALLS:
    n = c["n"]
    turns, neg = parse(n, c["text"])
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    sigs = []
    for s in c.get("signals", []):
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(n, f"bad category {cat}")
        t = locate(n, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        err(n, "risk none <-> signals mismatch")
    qa = {k: k not in c.get("miss", []) for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    fw = [{"turn": locate(n, turns, e, speaker="rep"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": locate(n, turns, e, speaker="rep"), "evidence": e} for e in c.get("op", [])]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = "您好" in reps[0] or "你好" in reps[0]
    if has_greet != qa["greeting"]:
        err(n, "greeting flag vs first rep turn")
    has_close = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
    if has_close != qa["closing"]:
        err(n, "closing flag vs last rep turn")
    if not qa["needs_discovery"] and any("？" in r for r in reps[1:]):
        print(f"note call {n:02d}: needs_discovery false but rep asks questions (check by hand)")
    data = {
        "id": f"call-u40-{n:02d}", "industry": c["industry"], "scenario": c["scenario"],
        "tags": c["tags"], "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                   "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                          "needs_discovery": qa["needs_discovery"], "forbidden_words": fw,
                          "over_promise": op, "next_step": qa["next_step"], "closing": qa["closing"]},
                   "customer_negative_turns": neg},
    }
    if c["industry"] not in INDUSTRIES:
        err(n, "bad industry")
    for i, t in enumerate(turns):
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                sent_seen[s].append((n, i))
    out.append(data)

for s, where in sent_seen.items():
    if len({w[0] for w in where}) > 1:
        problems.append(f"sentence repeated across calls {where}: {s}")

ids = [c["n"] for c in CALLS]
if sorted(ids) != list(range(1, 41)):
    problems.append(f"ids {ids}")
for d in out:
    with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")

risk = collections.Counter(d["labels"]["churn_risk"] for d in out)
ind = collections.Counter(d["industry"] for d in out)
cats = collections.Counter(c for d in out for c in {s["category"] for s in d["labels"]["churn_signals"]})
spans = sum(len(d["labels"]["churn_signals"]) for d in out)
turns = sum(len(d["turns"]) for d in out)
miss = collections.Counter(k for d in out for k, v in d["labels"]["qa"].items() if v is False)
missc = sum(1 for d in out if any(v is False for v in d["labels"]["qa"].values()))
fwc = sum(1 for d in out if d["labels"]["qa"]["forbidden_words"])
opc = sum(1 for d in out if d["labels"]["qa"]["over_promise"])
negc = sum(len(d["labels"]["customer_negative_turns"]) for d in out)
hn = sum(1 for d in out if "hard_negative" in d["tags"])
lens = sorted(len(d["turns"]) for d in out)
print("risk", dict(risk)); print("industry", dict(ind)); print("calls per category", dict(cats))
print("signal spans", spans, "turns", turns, "turn counts", lens)
print("qa misses", dict(miss), "calls with a miss", missc, "forbidden calls", fwc, "over-promise calls", opc)
print("negative customer turns", negc, "hard negatives", hn)
print("\n".join(problems) or "build: 0 problems")
sys.exit(1 if problems else 0)
