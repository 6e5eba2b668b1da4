"""Build call-u210-NN.json from calls_1..4.py and check every evidence span."""
import json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
INDS = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
        "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
RISKS = ["none", "low", "medium", "high"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
errors = []

def find_turn(turns, ev, n, want=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (want is None or t["speaker"] == want)]
    if len(hits) != 1:
        errors.append(f"call {n}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

def build(c):
    n = c["n"]
    turns, neg = [], []
    for line in c["t"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
    for t in turns:
        if re.search(r"[A-Za-z0-9,\.\?!:;]", t["text"]):
            errors.append(f"call {n}: latin/digit/ascii punct in {t['text']!r}")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            errors.append(f"call {n}: bad cat {cat}")
        ti = s[2] if len(s) > 2 else find_turn(turns, ev, n)
        if ev not in turns[ti]["text"]:
            errors.append(f"call {n}: {ev!r} not in turn {ti}")
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    def spans(lst):
        out = []
        for s in lst:
            ev = s if isinstance(s, str) else s[0]
            ti = find_turn(turns, ev, n, "rep") if isinstance(s, str) else s[1]
            if turns[ti]["speaker"] != "rep" or ev not in turns[ti]["text"]:
                errors.append(f"call {n}: qa span {ev!r} bad")
            out.append({"turn": ti, "evidence": ev})
        return out
    q = c["qa"]
    i = n - 1
    ind = INDS[i % 8]
    risk = RISKS[(i + i // 8) % 4]
    if c["ind"] != ind or c["risk"] != risk:
        errors.append(f"call {n}: plan mismatch {c['ind']} {c['risk']} vs {ind} {risk}")
    if (risk == "none") != (len(sigs) == 0):
        errors.append(f"call {n}: risk/signals mismatch")
    if not 10 <= len(turns) <= 30:
        errors.append(f"call {n}: {len(turns)} turns")
    present = [x["category"] for x in sigs]
    tags = [t for t in c["tags"] if t not in CATS or t in present]
    for cat in present:
        if cat not in tags:
            tags.append(cat)
    if c.get("op") and "over_promise" not in tags:
        tags.append("over_promise")
    c["tags"] = tags
    cid = f"call-u210-{n:02d}"
    return cid, {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": risk, "churn_signals": sigs,
            "qa": {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
                   "forbidden_words": spans(c.get("fw", [])),
                   "over_promise": spans(c.get("op", [])),
                   "next_step": "x" in q, "closing": "c" in q},
            "customer_negative_turns": neg,
        },
    }

def main():
    calls = []
    for k in range(1, 5):
        try:
            calls += importlib.import_module(f"calls_{k}").CALLS
        except ModuleNotFoundError:
            pass
    texts = {}
    for c in calls:
        cid, obj = build(c)
        for t in obj["turns"]:
            if t["text"] in texts:
                errors.append(f"{cid}: duplicate turn text also in {texts[t['text']]}")
            texts[t["text"]] = cid
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False, indent=1)
    print(f"built {len(calls)} calls; {len(errors)} errors")
    for e in errors:
        print(" ", e)

if __name__ == "__main__":
    main()
