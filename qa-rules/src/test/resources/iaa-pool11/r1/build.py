"""Build /work/data/agree-r1/*.json from /work/data/agree-in-A calls plus labels_1..4.py."""
import glob, json, os, sys
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/agree-in-A"
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}

labels = {}
for i in range(1, 5):
    spec = importlib.util.spec_from_file_location(f"labels_{i}", os.path.join(HERE, f"labels_{i}.py"))
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    for k, v in mod.LABELS.items():
        assert k not in labels, f"duplicate {k}"
        labels[k] = v

errors = []
files = sorted(glob.glob(os.path.join(SRC, "*.json")))
for path in files:
    with open(path, encoding="utf-8") as f:
        call = json.load(f)
    cid = call["id"]
    if cid not in labels:
        errors.append(f"{cid}: no labels"); continue
    L = labels[cid]
    turns = call["turns"]

    def check(turn, ev, what, speaker=None):
        if not (0 <= turn < len(turns)):
            errors.append(f"{cid}: {what} turn {turn} out of range"); return
        if speaker and turns[turn]["speaker"] != speaker:
            errors.append(f"{cid}: {what} turn {turn} is not {speaker}")
        if ev is not None and ev not in turns[turn]["text"]:
            errors.append(f"{cid}: {what} evidence not in turn {turn}: {ev}")

    assert L["churn_risk"] in RISKS
    sigs = []
    for cat, t, ev in L["S"]:
        if cat not in CATS: errors.append(f"{cid}: bad category {cat}")
        check(t, ev, "signal")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if L["churn_risk"] == "none" and sigs: errors.append(f"{cid}: none with signals")
    if L["churn_risk"] != "none" and not sigs: errors.append(f"{cid}: risk without signals")
    qa = dict(L["qa"])
    for key in ("forbidden_words", "over_promise"):
        spans = []
        for t, ev in qa[key]:
            check(t, ev, key, "rep")
            spans.append({"turn": t, "evidence": ev})
        qa[key] = spans
    qa = {k: qa[k] for k in ("greeting", "self_intro", "needs_discovery", "forbidden_words",
                             "over_promise", "next_step", "closing")}
    for t in L["neg"]:
        check(t, None, "negative", "customer")
    out = {"id": cid, "industry": call["industry"], "scenario": L["scenario"],
           "tags": list(L["tags"]), "turns": turns,
           "labels": {"churn_risk": L["churn_risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": sorted(L["neg"])}}
    with open(os.path.join(HERE, os.path.basename(path)), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")

extra = set(labels) - {json.load(open(p, encoding="utf-8"))["id"] for p in files}
if extra: errors.append(f"labels for unknown calls: {sorted(extra)}")
for e in errors: print("ERROR", e)
print(f"built {len(files)} calls, {len(errors)} errors")
sys.exit(1 if errors else 0)
