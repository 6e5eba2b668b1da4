"""Build r1 label files: load each call in ../in, add scenario/tags/labels, check, write JSON here."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IN = os.path.join(os.path.dirname(HERE), "in")
sys.path.insert(0, HERE)
import labels_1, labels_2, labels_3, labels_4

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}

ALL = {}
for m in (labels_1, labels_2, labels_3, labels_4):
    for k, v in m.LABELS.items():
        assert k not in ALL, f"duplicate {k}"
        ALL[k] = v

errors = []
files = sorted(glob.glob(os.path.join(IN, "*.json")))
seen = set()
for path in files:
    name = os.path.basename(path)
    call = json.load(open(path, encoding="utf-8"))
    cid = call["id"]
    seen.add(cid)
    if cid + ".json" != name:
        errors.append(f"{name}: id mismatch {cid}")
    if cid not in ALL:
        errors.append(f"{cid}: no labels"); continue
    L = ALL[cid]
    turns = call["turns"]

    def check(turn, ev, who, what):
        if not (0 <= turn < len(turns)):
            errors.append(f"{cid} {what}: turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            errors.append(f"{cid} {what}: evidence not in turn {turn}: {ev}")
        if who and turns[turn]["speaker"] != who:
            errors.append(f"{cid} {what}: turn {turn} is not {who}")

    if L["churn_risk"] not in RISKS:
        errors.append(f"{cid}: bad risk")
    sigs = []
    for cat, t, ev in L["signals"]:
        if cat not in CATS:
            errors.append(f"{cid}: bad category {cat}")
        check(t, ev, None, f"signal {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if L["churn_risk"] == "none" and sigs:
        errors.append(f"{cid}: risk none with signals")
    if L["churn_risk"] != "none" and not sigs:
        errors.append(f"{cid}: risk {L['churn_risk']} without signals")
    q = dict(L["qa"])
    for key in ("forbidden_words", "over_promise"):
        spans = []
        for t, ev in q[key]:
            check(t, ev, "rep", key)
            spans.append({"turn": t, "evidence": ev})
        q[key] = spans
    for t in L["neg"]:
        if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
            errors.append(f"{cid}: negative turn {t} not a customer turn")
    out = {"id": cid, "industry": call["industry"], "scenario": L["scenario"],
           "tags": list(L["tags"]), "turns": turns,
           "labels": {"churn_risk": L["churn_risk"], "churn_signals": sigs,
                      "qa": {"greeting": q["greeting"], "self_intro": q["self_intro"],
                             "needs_discovery": q["needs_discovery"],
                             "forbidden_words": q["forbidden_words"],
                             "over_promise": q["over_promise"],
                             "next_step": q["next_step"], "closing": q["closing"]},
                      "customer_negative_turns": sorted(L["neg"])}}
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

extra = set(ALL) - seen
if extra:
    errors.append(f"labels without calls: {sorted(extra)}")
for e in errors:
    print("ERROR", e)
print(f"wrote {len(files)} files, {len(errors)} errors")
sys.exit(1 if errors else 0)
