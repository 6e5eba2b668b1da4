#!/usr/bin/env python3
"""Build call-u204-NN.json from calls_1.py … calls_4.py and check the labels."""
import json, os, re, sys, collections, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
IND = {"saas": "b2b_saas", "ieq": "industrial_equipment", "tel": "telecom", "bank": "bank_wealth",
       "fmcg": "fmcg_distribution", "furn": "furniture", "feed": "feed", "hotel": "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9,\.\?!:;\"'\(\)\[\]]")

def load():
    calls = []
    for k in range(1, 5):
        p = os.path.join(HERE, f"calls_{k}.py")
        spec = importlib.util.spec_from_file_location(f"calls_{k}", p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        calls += m.CALLS
    return calls

def find(turns, ev, turn=None, who=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]]
        if len(hits) != 1:
            raise ValueError(f"evidence {ev!r} found in turns {hits}")
        turn = hits[0]
    if ev not in turns[turn]["text"]:
        raise ValueError(f"evidence {ev!r} not in turn {turn}")
    if who and turns[turn]["speaker"] != who:
        raise ValueError(f"evidence {ev!r} in turn {turn} is not a {who} turn")
    return turn

def main():
    errs = []
    calls = load()
    seen_text = collections.defaultdict(list)
    out = []
    for c in calls:
        cid = f"call-u204-{c['n']:02d}"
        try:
            turns, neg = [], []
            for i, s in enumerate(c["t"]):
                sp, text = s.split(":", 1)
                turns.append({"speaker": "rep" if sp == "R" else "customer", "text": text})
                if sp == "C!": neg.append(i)
                assert sp in ("R", "C", "C!"), (cid, i, sp)
                if BAD.search(text): errs.append(f"{cid} turn {i}: Latin/digit/ASCII punct: {text}")
                if text[-1] not in "。？！…": errs.append(f"{cid} turn {i}: ends without Chinese punctuation")
                seen_text[text].append(cid)
            sigs = []
            for s in c["sig"]:
                cat, ev = s[0], s[1]
                assert cat in CATS, (cid, cat)
                sigs.append({"category": cat, "turn": find(turns, ev, s[2] if len(s) > 2 else None), "evidence": ev})
            sigs.sort(key=lambda x: x["turn"])
            q = c["qa"]; assert len(q) == 5 and set(q) <= {"0", "1"}
            fw = [{"turn": find(turns, e, None, "rep"), "evidence": e} for e in c.get("fw", [])]
            op = [{"turn": find(turns, e, None, "rep"), "evidence": e} for e in c.get("op", [])]
            if c["risk"] == "none" and sigs: errs.append(f"{cid}: none with signals")
            if c["risk"] != "none" and not sigs: errs.append(f"{cid}: {c['risk']} without signals")
            if not 10 <= len(turns) <= 30: errs.append(f"{cid}: {len(turns)} turns")
            if "inbound" not in c["tags"]: errs.append(f"{cid}: no inbound tag")
            doc = {"id": cid, "industry": IND[c["ind"]], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
                   "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                              "qa": {"greeting": q[0] == "1", "self_intro": q[1] == "1", "needs_discovery": q[2] == "1",
                                     "forbidden_words": fw, "over_promise": op,
                                     "next_step": q[3] == "1", "closing": q[4] == "1"},
                              "customer_negative_turns": neg}}
            out.append(doc)
        except Exception as e:
            errs.append(f"{cid}: {e}")
    ids = [d["id"] for d in out]
    if len(ids) != 40 or len(set(ids)) != 40: errs.append(f"ids: {len(ids)} / {len(set(ids))} unique")
    rc = collections.Counter(d["labels"]["churn_risk"] for d in out)
    ic = collections.Counter(d["industry"] for d in out)
    if any(rc[r] != 10 for r in ("none", "low", "medium", "high")): errs.append(f"risk counts {dict(rc)}")
    if any(ic[i] != 5 for i in IND.values()): errs.append(f"industry counts {dict(ic)}")
    nlong = sum(1 for d in out if len(d["turns"]) >= 20)
    if nlong < 10: errs.append(f"only {nlong} long calls")
    for t, where in seen_text.items():
        if len(set(where)) > 1: errs.append(f"duplicate turn text {t!r} in {sorted(set(where))}")
    for e in errs: print("ERROR", e)
    if errs and "--force" not in sys.argv:
        print(f"{len(errs)} errors, nothing written"); sys.exit(1)
    for d in out:
        with open(os.path.join(HERE, d["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1); f.write("\n")
    # summary
    cat = collections.Counter(); spans = 0
    for d in out:
        cs = {s["category"] for s in d["labels"]["churn_signals"]}; cat.update(cs); spans += len(d["labels"]["churn_signals"])
    qa = d["labels"]["qa"]
    miss = {k: sum(1 for d in out if not d["labels"]["qa"][k]) for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing")}
    print(f"wrote {len(out)} calls, {sum(len(d['turns']) for d in out)} turns, long(20-30) {nlong}")
    print("risk", dict(rc)); print("industry", dict(ic))
    print("calls per category", dict(cat.most_common()), "spans", spans)
    print("QA missing", miss)
    print("forbidden calls", sum(1 for d in out if d["labels"]["qa"]["forbidden_words"]),
          "over_promise calls", sum(1 for d in out if d["labels"]["qa"]["over_promise"]))
    print("negative turns", sum(len(d["labels"]["customer_negative_turns"]) for d in out))
    tags = collections.Counter(t for d in out for t in d["tags"]); print("tags", dict(tags.most_common()))
    print("turns per call", sorted(len(d["turns"]) for d in out))
    for r in ("none", "low", "medium", "high"):
        print(r, [(d["id"][-2:], d["industry"][:5], len(d["turns"])) for d in out if d["labels"]["churn_risk"] == r])

if __name__ == "__main__":
    main()
