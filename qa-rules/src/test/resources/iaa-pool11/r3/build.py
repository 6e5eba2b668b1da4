"""Build /work/data/agree-r3/*.json from /work/data/agree-in-A calls plus labels_1..4.py.

Each call is loaded from agree-in-A; id, industry and turns are kept as loaded (never retyped);
scenario, tags and labels are added from the label files. Every evidence string is checked to be
an exact substring of the turn it points to, QA spans must be on rep turns, negative turns on
customer turns, and turn indexes in range. Any problem aborts the build.
"""
import glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/data/agree-in-A"
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
RISKS = {"none", "low", "medium", "high"}


def load_labels():
    labels = {}
    for n in range(1, 5):
        path = os.path.join(HERE, f"labels_{n}.py")
        spec = importlib.util.spec_from_file_location(f"labels_{n}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for k, v in mod.LABELS.items():
            if k in labels:
                sys.exit(f"duplicate label id {k}")
            labels[k] = v
    return labels


def span(turns, t, ev, who, what, errs):
    if not (0 <= t < len(turns)):
        errs.append(f"{what}: turn {t} out of range")
        return
    if who and turns[t]["speaker"] != who:
        errs.append(f"{what}: turn {t} is {turns[t]['speaker']}, expected {who}")
    if not ev or ev not in turns[t]["text"]:
        errs.append(f"{what}: evidence {ev!r} not in turn {t}")


def main():
    labels = load_labels()
    files = sorted(glob.glob(os.path.join(SRC, "*.json")))
    errs = []
    ids = set()
    for f in files:
        with open(f, encoding="utf-8") as fh:
            call = json.load(fh)
        cid = call["id"]
        ids.add(cid)
        if cid != os.path.basename(f)[:-5]:
            errs.append(f"{f}: id mismatch")
        if cid not in labels:
            errs.append(f"{cid}: no labels")
            continue
        L = labels[cid]
        turns = call["turns"]
        e = []
        if L["risk"] not in RISKS:
            e.append(f"bad risk {L['risk']}")
        sigs = []
        for cat, t, ev in L["signals"]:
            if cat not in CATS:
                e.append(f"bad category {cat}")
            span(turns, t, ev, None, f"signal {cat}", e)
            sigs.append({"category": cat, "turn": t, "evidence": ev})
        if (L["risk"] == "none") != (not sigs):
            e.append("risk none must go with no signals (and vice versa)")
        q = L["qa"]
        fw = []
        for t, ev in q["forbidden_words"]:
            span(turns, t, ev, "rep", "forbidden_words", e)
            fw.append({"turn": t, "evidence": ev})
        op = []
        for t, ev in q["over_promise"]:
            span(turns, t, ev, "rep", "over_promise", e)
            op.append({"turn": t, "evidence": ev})
        for t in L["neg"]:
            if not (0 <= t < len(turns)) or turns[t]["speaker"] != "customer":
                e.append(f"negative turn {t} is not a customer turn")
        if sorted(set(L["neg"])) != list(L["neg"]):
            e.append("negative turns not sorted/unique")
        errs += [f"{cid}: {x}" for x in e]
        out = {
            "id": call["id"],
            "industry": call["industry"],
            "scenario": L["scenario"],
            "tags": list(L["tags"]),
            "turns": call["turns"],
            "labels": {
                "churn_risk": L["risk"],
                "churn_signals": sigs,
                "qa": {
                    "greeting": q["greeting"], "self_intro": q["self_intro"],
                    "needs_discovery": q["needs_discovery"],
                    "forbidden_words": fw, "over_promise": op,
                    "next_step": q["next_step"], "closing": q["closing"],
                },
                "customer_negative_turns": list(L["neg"]),
            },
        }
        for k, v in call.items():  # keep any other loaded field unchanged
            if k not in out:
                out[k] = v
        call_out = out
        if not e:
            with open(os.path.join(HERE, os.path.basename(f)), "w", encoding="utf-8") as fh:
                json.dump(call_out, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    extra = set(labels) - ids
    if extra:
        errs.append(f"labels for unknown ids: {sorted(extra)}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print(f"wrote {len(files)} calls")


if __name__ == "__main__":
    main()
