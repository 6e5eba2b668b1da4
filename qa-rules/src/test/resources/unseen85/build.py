"""Build call-u85-NN.json from calls_def.CALLS and check labels mechanically."""
import json, os, re, sys
from collections import Counter
from calls_def import CALLS

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = ["b2b_saas", "industrial_equipment", "telecom", "bank_wealth",
              "fmcg_distribution", "furniture", "feed", "hotel_supplies"]
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def locate(cid, turns, ev, turn=None, speaker=None):
    if turn is None:
        hits = [i for i, t in enumerate(turns) if ev in t["text"]
                and (speaker is None or t["speaker"] == speaker)]
        if len(hits) != 1:
            err(cid, f"evidence {ev!r} found in turns {hits}")
            return -1
        turn = hits[0]
    if ev not in turns[turn]["text"]:
        err(cid, f"evidence {ev!r} not in turn {turn}")
    if speaker and turns[turn]["speaker"] != speaker:
        err(cid, f"turn {turn} is not {speaker}")
    return turn

def build(c):
    cid = f"call-u85-{c['n']:02d}"
    turns, neg = [], []
    for i, raw in enumerate(c["turns"]):
        tag, text = raw.split(":", 1)
        if tag not in ("R", "C", "C!"):
            err(cid, f"bad prefix {tag}")
        if BAD.search(text):
            err(cid, f"turn {i} has latin/digit/ascii punct: {BAD.findall(text)}")
        turns.append({"speaker": "rep" if tag == "R" else "customer", "text": text})
        if tag == "C!":
            neg.append(i)
    if not 8 <= len(turns) <= 30:
        err(cid, f"{len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(cid, f"bad category {cat}")
        t = locate(cid, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    if (c["risk"] == "none") != (len(sigs) == 0):
        err(cid, "risk/signal mismatch")
    fw = [{"turn": locate(cid, turns, e, speaker="rep"), "evidence": e} for e in c.get("fw", [])]
    op = [{"turn": locate(cid, turns, e, speaker="rep"), "evidence": e} for e in c.get("op", [])]
    q = c["qa"]
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in rep_turns[0] or "你好" in rep_turns[0])
    if g != ("G" in q):
        err(cid, f"greeting flag {('G' in q)} but first rep turn says {g}")
    cl = any(w in rep_turns[-1] for w in ("谢谢", "感谢", "祝"))
    if cl != ("C" in q):
        err(cid, f"closing flag {('C' in q)} but last rep turn says {cl}")
    if c["ind"] not in INDUSTRIES:
        err(cid, "bad industry")
    return {
        "id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": c["tags"],
        "turns": turns,
        "labels": {
            "churn_risk": c["risk"], "churn_signals": sigs,
            "qa": {"greeting": "G" in q, "self_intro": "S" in q, "needs_discovery": "N" in q,
                   "forbidden_words": fw, "over_promise": op,
                   "next_step": "X" in q, "closing": "C" in q},
            "customer_negative_turns": neg,
        },
    }

out = [build(c) for c in CALLS]
ids = [o["id"] for o in out]
assert len(set(ids)) == 40, ids
print("risk", Counter(o["labels"]["churn_risk"] for o in out))
print("industry", Counter(o["industry"] for o in out))
print("calls per category", Counter(c for o in out for c in {s["category"] for s in o["labels"]["churn_signals"]}))
print("signal spans", sum(len(o["labels"]["churn_signals"]) for o in out))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print("missing", k, [o["id"][-2:] for o in out if not o["labels"]["qa"][k]])
print("forbidden", [o["id"][-2:] for o in out if o["labels"]["qa"]["forbidden_words"]])
print("over_promise", [o["id"][-2:] for o in out if o["labels"]["qa"]["over_promise"]])
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("turns", sum(len(o["turns"]) for o in out), sorted(len(o["turns"]) for o in out))
# repeated sentences across calls
sent = Counter()
for o in out:
    for t in o["turns"]:
        for s in re.split(r"[。？！]", t["text"]):
            if len(s) >= 8:
                sent[s] += 1
rep = [s for s, n in sent.items() if n > 1]
print("repeated sentences", rep)
if errors:
    print("\n".join(errors)); sys.exit(1)
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("wrote", len(out))
