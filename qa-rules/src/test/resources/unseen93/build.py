# Builds call-u93-NN.json from calls_def.py and checks labels mechanically.
import json, os, re, sys, string
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {"b2b_saas", "industrial_equipment", "telecom", "bank_wealth", "fmcg_distribution",
              "furniture", "feed", "hotel_supplies"}
CATS = {"price", "competitor", "service", "quality", "communication", "contact_change",
        "demand_reduction", "non_renewal", "channel_conflict"}
BAD = re.compile(r"[A-Za-z0-9" + re.escape(string.punctuation) + r" \t]")
problems = []

def err(n, msg):
    problems.append(f"call {n}: {msg}")

def locate(n, turns, ev, turn=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if turn is not None:
        if turn not in hits:
            err(n, f"evidence {ev!r} not in turn {turn}")
        return turn
    if len(hits) != 1:
        err(n, f"evidence {ev!r} matches turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

seen_texts = {}
for c in CALLS:
    n = c["n"]
    turns = []
    neg = []
    for line in c["turns"].strip().splitlines():
        tag, text = line.split(" ", 1)
        if tag == "R":
            turns.append({"speaker": "rep", "text": text})
        elif tag in ("C", "C!"):
            if tag == "C!":
                neg.append(len(turns))
            turns.append({"speaker": "customer", "text": text})
        else:
            err(n, f"bad line {line!r}")
    if not 8 <= len(turns) <= 30:
        err(n, f"{len(turns)} turns")
    for i, t in enumerate(turns):
        if BAD.search(t["text"]):
            err(n, f"turn {i} has Latin/digit/ASCII: {BAD.findall(t['text'])}")
        if len(t["text"]) > 12 and t["text"] in seen_texts:
            err(n, f"turn {i} repeats call {seen_texts[t['text']]}")
        seen_texts.setdefault(t["text"], n)
    if c["industry"] not in INDUSTRIES:
        err(n, "industry")
    sigs = []
    for s in c["signals"]:
        cat, ev = s[0], s[1]
        if cat not in CATS:
            err(n, f"category {cat}")
        ti = locate(n, turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev})
    if (c["risk"] == "none") != (not sigs):
        err(n, "risk/signal mismatch")
    fw = [{"turn": locate(n, turns, e, speaker="rep"), "evidence": e} for e in c["fw"]]
    op = [{"turn": locate(n, turns, e, speaker="rep"), "evidence": e} for e in c["op"]]
    for sp in fw + op:
        if turns[sp["turn"]]["speaker"] != "rep":
            err(n, "qa span on customer turn")
    rep_idx = [i for i, t in enumerate(turns) if t["speaker"] == "rep"]
    qa = {k: k not in c["miss"] for k in ("greeting", "self_intro", "needs_discovery")}
    qa["forbidden_words"] = fw
    qa["over_promise"] = op
    qa["next_step"] = "next_step" not in c["miss"]
    qa["closing"] = "closing" not in c["miss"]
    # mechanical cross-checks of greeting and closing
    g = any(w in turns[rep_idx[0]]["text"] for w in ("您好", "你好"))
    if g != qa["greeting"]:
        err(n, f"greeting declared {qa['greeting']} but text says {g}")
    cl = any(w in turns[rep_idx[-1]]["text"] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]:
        err(n, f"closing declared {qa['closing']} but text says {cl}")
    tags = list(c["tags"])
    for s in sigs:
        if s["category"] not in tags:
            tags.append(s["category"])
    if len(turns) <= 10 and "short" not in tags:
        tags.append("short")
    cid = f"call-u93-{n:02d}"
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

print(len(CALLS), "calls written")
for p in problems:
    print("PROBLEM", p)
print(len(problems), "build problems")
