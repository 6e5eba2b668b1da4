"""Build call-u169-NN.json from calls_*.py and check the labels mechanically."""
import json, os, re, sys, importlib.util
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9,.?!;:()\"']")


def load():
    calls = []
    for i in range(1, 5):
        p = os.path.join(HERE, f"calls_{i}.py")
        if not os.path.exists(p):
            continue
        spec = importlib.util.spec_from_file_location(f"calls_{i}", p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        calls += m.CALLS
    return calls


def parse_turns(t):
    turns, neg = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(" ", 1)
        if tag == "R":
            turns.append({"speaker": "rep", "text": text})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": text})
        else:
            raise ValueError(f"bad tag {tag!r}")
    return turns, neg


def locate(turns, ev, turn=None, rep_only=False, where=""):
    if turn is not None:
        assert ev in turns[turn]["text"], f"{where}: {ev!r} not in turn {turn}"
        idx = turn
    else:
        hits = [i for i, tt in enumerate(turns) if ev in tt["text"]]
        assert len(hits) == 1, f"{where}: evidence {ev!r} found in turns {hits}"
        idx = hits[0]
    if rep_only:
        assert turns[idx]["speaker"] == "rep", f"{where}: QA span {ev!r} in non-rep turn {idx}"
    return idx


def build(c):
    cid = f"call-u169-{c['n']:02d}"
    turns, neg = parse_turns(c["t"])
    for i, tt in enumerate(turns):
        assert not BAD.search(tt["text"]), f"{cid} turn {i}: latin/digit/ascii punct: {tt['text']}"
    assert 10 <= len(turns) <= 30, f"{cid}: {len(turns)} turns"
    assert c["ind"] in INDUSTRIES
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        tn = s[2] if len(s) > 2 else None
        assert cat in CATS, f"{cid}: bad category {cat}"
        sigs.append({"category": cat, "turn": locate(turns, ev, tn, where=cid), "evidence": ev})
    sigs.sort(key=lambda x: x["turn"])
    if c["risk"] == "none":
        assert not sigs, f"{cid}: none with signals"
    else:
        assert sigs, f"{cid}: {c['risk']} without signals"
    miss = c.get("miss", "")
    spans = lambda lst: [{"turn": locate(turns, e if isinstance(e, str) else e[0],
                                          None if isinstance(e, str) else e[1], True, cid),
                          "evidence": e if isinstance(e, str) else e[0]} for e in lst]
    qa = {"greeting": "g" not in miss, "self_intro": "s" not in miss,
          "needs_discovery": "n" not in miss,
          "forbidden_words": spans(c.get("fw", [])),
          "over_promise": spans(c.get("op", [])),
          "next_step": "x" not in miss, "closing": "c" not in miss}
    # mechanical sanity checks on QA booleans
    first_rep = next(tt["text"] for tt in turns if tt["speaker"] == "rep")
    last_rep = [tt["text"] for tt in turns if tt["speaker"] == "rep"][-1]
    has_hello = ("您好" in first_rep or "你好" in first_rep)
    assert qa["greeting"] == has_hello, f"{cid}: greeting {qa['greeting']} vs text"
    has_thanks = any(w in last_rep for w in ("谢谢", "感谢", "祝"))
    assert qa["closing"] == has_thanks, f"{cid}: closing {qa['closing']} vs last rep turn {last_rep}"
    assert turns[0]["speaker"] == "rep"
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    return cid, {
        "id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"],
        "turns": turns,
        "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                   "customer_negative_turns": neg},
    }


def main():
    calls = load()
    out = {}
    for c in calls:
        cid, d = build(c)
        assert cid not in out, cid
        out[cid] = d
    # duplicate sentences across calls
    seen = {}
    for cid, d in out.items():
        for i, tt in enumerate(d["turns"]):
            for sent in re.split(r"[。？！]", tt["text"]):
                if len(sent) >= 8:
                    if sent in seen and seen[sent][0] != cid:
                        print(f"WARN duplicate sentence {sent!r} in {cid} and {seen[sent][0]}")
                    seen.setdefault(sent, (cid, i))
    for cid, d in out.items():
        with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
    # summary
    ds = list(out.values())
    print("calls", len(ds), "turns", sum(len(d["turns"]) for d in ds))
    print("risk", Counter(d["labels"]["churn_risk"] for d in ds))
    print("industry", Counter(d["industry"] for d in ds))
    print("risk x industry", sorted(Counter((d["industry"], d["labels"]["churn_risk"]) for d in ds).items()))
    print("long (20-30 turns)", sum(len(d["turns"]) >= 20 for d in ds),
          "turn counts", sorted(len(d["turns"]) for d in ds))
    print("calls per category", Counter(c for d in ds for c in {s["category"] for s in d["labels"]["churn_signals"]}))
    print("signal spans", sum(len(d["labels"]["churn_signals"]) for d in ds))
    for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
        print(f"{k} missing:", [d["id"][-2:] for d in ds if not d["labels"]["qa"][k]])
    for k in ("forbidden_words", "over_promise"):
        print(f"{k} calls:", [d["id"][-2:] for d in ds if d["labels"]["qa"][k]],
              "spans", sum(len(d["labels"]["qa"][k]) for d in ds))
    print("negative customer turns", sum(len(d["labels"]["customer_negative_turns"]) for d in ds))
    for tag in ("hard_negative", "negation", "ambiguous", "big_account", "silent_churn", "inbound"):
        print(tag, [d["id"][-2:] for d in ds if tag in d["tags"]])


if __name__ == "__main__":
    main()
