"""Load each call of in-1, add scenario/tags/labels from labels_1.py and labels_2.py,
check every span, and write the labeled JSON into this folder."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/s45/half/in-1"
sys.path.insert(0, HERE)
import labels_1, labels_2

ALL = {}
for mod in (labels_1, labels_2):
    for k, v in mod.LABELS.items():
        assert k not in ALL, k
        ALL[k] = v

CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
problems = []
files = sorted(glob.glob(os.path.join(SRC, "*.json")))
assert set(os.path.basename(f)[:-5] for f in files) == set(ALL), "id sets differ"
for f in files:
    call = json.load(open(f, encoding="utf-8"))
    cid = call["id"]
    L = ALL[cid]
    turns = call["turns"]
    def chk(turn, ev, speaker=None, what=""):
        if not (0 <= turn < len(turns)):
            problems.append(f"{cid} {what}: turn {turn} out of range"); return
        if ev not in turns[turn]["text"]:
            problems.append(f"{cid} {what}: evidence not in turn {turn}: {ev}")
        if speaker and turns[turn]["speaker"] != speaker:
            problems.append(f"{cid} {what}: turn {turn} is not {speaker}")
    assert L["churn_risk"] in {"none", "low", "medium", "high"}
    for s in L["churn_signals"]:
        if s["category"] not in CATS: problems.append(f"{cid}: bad category {s['category']}")
        chk(s["turn"], s["evidence"], None, "signal")
    for key in ("forbidden_words", "over_promise"):
        for s in L["qa"][key]:
            chk(s["turn"], s["evidence"], "rep", key)
    for t in L["customer_negative_turns"]:
        if turns[t]["speaker"] != "customer": problems.append(f"{cid}: negative turn {t} not customer")
    if L["churn_risk"] == "none" and L["churn_signals"]:
        problems.append(f"{cid}: none with signals")
    out = {"id": call["id"], "industry": call["industry"], "scenario": L["scenario"],
           "tags": L["tags"], "turns": call["turns"],
           "labels": {"churn_risk": L["churn_risk"],
                      "churn_signals": sorted(L["churn_signals"], key=lambda s: s["turn"]),
                      "qa": L["qa"],
                      "customer_negative_turns": sorted(L["customer_negative_turns"])}}
    for k, v in call.items():
        if k not in out: out[k] = v
    with open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2); fh.write("\n")
if problems:
    print("\n".join(problems)); sys.exit(1)
print(f"wrote {len(files)} calls, 0 span problems")
