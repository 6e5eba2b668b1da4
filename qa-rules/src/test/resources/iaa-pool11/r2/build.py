"""Build /work/data/agree-r2/*.json from /work/data/agree-in-B calls plus labels_1..4.py."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/agree-in-B"
sys.path.insert(0, HERE)

LABELS = {}
for i in range(1, 5):
    mod = __import__(f"labels_{i}")
    for k, v in mod.LABELS.items():
        assert k not in LABELS, k
        LABELS[k] = v

problems = []
files = sorted(glob.glob(os.path.join(SRC, "*.json")))
seen = set()
for path in files:
    call = json.load(open(path, encoding="utf-8"))
    cid = call["id"]
    seen.add(cid)
    if cid not in LABELS:
        problems.append(f"{cid}: no labels"); continue
    L = LABELS[cid]
    turns = call["turns"]

    def check(turn, ev, who, what):
        if not (0 <= turn < len(turns)):
            problems.append(f"{cid}: {what} turn {turn} out of range"); return
        if who and turns[turn]["speaker"] != who:
            problems.append(f"{cid}: {what} turn {turn} is {turns[turn]['speaker']}, expected {who}")
        if ev is not None and ev not in turns[turn]["text"]:
            problems.append(f"{cid}: {what} evidence not in turn {turn}: {ev}")

    sigs = []
    for cat, t, ev in L["signals"]:
        check(t, ev, None, f"signal {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    fw = []
    for t, ev in L["forbidden"]:
        check(t, ev, "rep", "forbidden"); fw.append({"turn": t, "evidence": ev})
    op = []
    for t, ev in L["over_promise"]:
        check(t, ev, "rep", "over_promise"); op.append({"turn": t, "evidence": ev})
    for t in L["neg"]:
        check(t, None, "customer", "negative")
    if L["risk"] == "none" and sigs:
        problems.append(f"{cid}: risk none but has signals")
    if L["risk"] != "none" and not sigs:
        problems.append(f"{cid}: risk {L['risk']} without signals")

    q = L["qa"]
    out = {
        "id": cid,
        "industry": call["industry"],
        "scenario": L["scenario"],
        "tags": list(L["tags"]),
        "turns": turns,
        "labels": {
            "churn_risk": L["risk"],
            "churn_signals": sigs,
            "qa": {
                "greeting": q["greeting"], "self_intro": q["self_intro"],
                "needs_discovery": q["needs_discovery"],
                "forbidden_words": fw, "over_promise": op,
                "next_step": q["next_step"], "closing": q["closing"],
            },
            "customer_negative_turns": sorted(L["neg"]),
        },
    }
    # keep any other fields of the input call unchanged
    for k, v in call.items():
        if k not in out:
            out[k] = v
    with open(os.path.join(HERE, os.path.basename(path)), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

for k in LABELS:
    if k not in seen:
        problems.append(f"{k}: labels for unknown call")
print(f"{len(files)} calls written, {len(problems)} build problems")
for p in problems:
    print("  ", p)
sys.exit(1 if problems else 0)
