"""Build call-u203-NN.json from calls_1..4.py.
Turn lines: 'R text' / 'C text' / 'C! text' (customer negative emotion).
Inline markup in text: {category:evidence} for churn signals (category may be 'a,b'),
{fw:evidence} forbidden words, {op:evidence} over-promise. Markup is stripped."""
import json, re, os, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
MARK = re.compile(r"\{([a-z_,]+):([^{}]+)\}")
errors = []

def build(c):
    n = c["n"]; cid = "call-u203-%02d" % n
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l.strip() for l in c["turns"].strip().splitlines() if l.strip()]:
        head, text = line.split(" ", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[head]
        i = len(turns)
        if head == "C!": neg.append(i)
        for m in MARK.finditer(text):
            for tag in m.group(1).split(","):
                ev = m.group(2)
                if tag == "fw": fw.append({"turn": i, "evidence": ev})
                elif tag == "op": op.append({"turn": i, "evidence": ev})
                elif tag in CATS: sigs.append({"category": tag, "turn": i, "evidence": ev})
                else: errors.append("%s: bad tag %s" % (cid, tag))
                if tag in ("fw", "op") and spk != "rep": errors.append("%s: qa span on customer turn %d" % (cid, i))
        clean = MARK.sub(lambda m: m.group(2), text)
        if re.search(r"[A-Za-z0-9{}]", clean): errors.append("%s turn %d latin/digit: %s" % (cid, i, clean))
        turns.append({"speaker": spk, "text": clean})
    for s in sigs + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]: errors.append("%s: evidence not substring %s" % (cid, s))
    qa = dict(greeting=bool(c.get("g", 1)), self_intro=bool(c.get("s", 1)), needs_discovery=bool(c.get("nd", 1)),
              forbidden_words=fw, over_promise=op, next_step=bool(c.get("ns", 1)), closing=bool(c.get("cl", 1)))
    # heuristic cross-checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    if qa["greeting"] != bool(re.search("您好|你好", reps[0])): errors.append("%s: greeting flag vs first rep turn" % cid)
    if qa["closing"] != bool(re.search("谢谢|感谢|祝", reps[-1])): errors.append("%s: closing flag vs last rep turn" % cid)
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0): errors.append("%s: risk/signal mismatch" % cid)
    if c["ind"] not in INDS: errors.append("%s: industry" % cid)
    if not 10 <= len(turns) <= 30: errors.append("%s: %d turns" % (cid, len(turns)))
    return cid, {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"], "turns": turns,
                 "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}

calls = []
for k in range(1, 5):
    calls += importlib.import_module("calls_%d" % k).CALLS
out = {}
for c in calls:
    cid, d = build(c); out[cid] = d
assert len(out) == len(calls) == 40, len(calls)
allt = [t["text"] for d in out.values() for t in d["turns"]]
dups = {t for t in allt if allt.count(t) > 1 and len(t) > 8}
if dups: errors.append("duplicate turn texts: %s" % dups)
from collections import Counter
print("risk", Counter(d["labels"]["churn_risk"] for d in out.values()))
print("ind", Counter(d["industry"] for d in out.values()))
nt = [len(d["turns"]) for d in out.values()]
print("turns total", sum(nt), "long(>=20)", sum(x >= 20 for x in nt), "min", min(nt), "max", max(nt))
print("cats", Counter(c for d in out.values() for c in {s["category"] for s in d["labels"]["churn_signals"]}))
print("spans", sum(len(d["labels"]["churn_signals"]) for d in out.values()))
for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
    print("missing", k, sum(not d["labels"]["qa"][k] for d in out.values()))
print("fw calls", sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in out.values()),
      "op calls", sum(bool(d["labels"]["qa"]["over_promise"]) for d in out.values()),
      "neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out.values()))
print("tags", Counter(t for d in out.values() for t in d["tags"]))
if errors:
    print("\n".join(errors)); sys.exit(1)
for cid, d in out.items():
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
print("wrote", len(out), "files, 0 build errors")
