"""Build call-e59-NN.json from calls_1..4.py and check evidence spans."""
import json, re, sys, os, importlib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CALLS = []
for m in ("calls_1", "calls_2", "calls_3", "calls_4"):
    try:
        CALLS += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        print("missing", m)

problems = []
def bad(cid, msg):
    problems.append(f"{cid}: {msg}")

def find_turn(cid, turns, ev, speakers, turn=None):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            bad(cid, f"evidence {ev!r} not in turn {turn}")
        if turns[turn]["speaker"] not in speakers:
            bad(cid, f"evidence {ev!r} turn {turn} wrong speaker")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        bad(cid, f"evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

sent_seen = defaultdict(set)
out = []
for n, c in enumerate(CALLS, 1):
    cid = f"call-e59-{n:02d}"
    turns, neg = [], []
    for i, (sp, text) in enumerate(c["t"]):
        speaker = "rep" if sp.startswith("r") else "customer"
        if sp.endswith("!"):
            neg.append(i)
        turns.append({"speaker": speaker, "text": text})
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]", text):
            bad(cid, f"turn {i} has latin/digits: {text}")
        if re.search(r"[,?!:;]", text):
            bad(cid, f"turn {i} has ascii punctuation")
        for s in re.split(r"[。！？；…]", text):
            s = s.strip("，、 ")
            if len(s) >= 8:
                sent_seen[s].add(cid)
    if re.search(r"[A-Za-z0-9]", c["scen"]):
        bad(cid, "scenario has latin/digits")
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        t = find_turn(cid, turns, ev, ("rep", "customer"), s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    q = c["qa"]
    def spans(key):
        res = []
        for s in q.get(key, []):
            ev, tt = (s, None) if isinstance(s, str) else s
            res.append({"turn": find_turn(cid, turns, ev, ("rep",), tt), "evidence": ev})
        return res
    qa = {"greeting": bool(q["g"]), "self_intro": bool(q["s"]), "needs_discovery": bool(q["n"]),
          "forbidden_words": spans("fw"), "over_promise": spans("op"),
          "next_step": bool(q["x"]), "closing": bool(q["cl"])}
    # heuristic consistency checks
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        bad(cid, f"greeting flag {qa['greeting']} vs first rep turn")
    cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝", "多谢"))
    if cl != qa["closing"]:
        bad(cid, f"closing flag {qa['closing']} vs last rep turn")
    if not (10 <= len(turns) <= 30):
        bad(cid, f"{len(turns)} turns")
    risk = c["risk"]
    if (risk == "none") != (len(sigs) == 0):
        bad(cid, "none <-> no signals mismatch")
    for i in neg:
        if turns[i]["speaker"] != "customer":
            bad(cid, f"negative turn {i} not customer")
    tags = list(c["tags"])
    for s_ in sigs:
        if s_["category"] not in tags:
            tags.append(s_["category"])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags,
           "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    out.append(obj)

for s, ids in sent_seen.items():
    if len(ids) > 1:
        bad(",".join(sorted(ids)), f"sentence reused: {s}")

if len(out) != 40:
    bad("all", f"{len(out)} calls")
for o in out:
    with open(os.path.join(HERE, o["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(o, f, ensure_ascii=False, indent=1)

# stats
risk = Counter(o["labels"]["churn_risk"] for o in out)
ind = Counter(o["industry"] for o in out)
cats = Counter(); spans_n = 0
for o in out:
    cs = {s["category"] for s in o["labels"]["churn_signals"]}
    cats.update(cs); spans_n += len(o["labels"]["churn_signals"])
nt = [len(o["turns"]) for o in out]
print("risk", dict(risk)); print("industry", dict(ind))
print("categories (calls)", dict(cats.most_common()), "spans", spans_n)
print("turns total", sum(nt), "long(>=20)", sum(x >= 20 for x in nt), "min", min(nt), "max", max(nt))
print("per-call turns", nt)
tg = Counter(t for o in out for t in o["tags"]); print("tags", dict(tg.most_common()))
for k in ("greeting", "self_intro", "needs_discovery", "next_step", "closing"):
    print("missing", k, sum(not o["labels"]["qa"][k] for o in out),
          [o["id"][-2:] for o in out if not o["labels"]["qa"][k]])
for k in ("forbidden_words", "over_promise"):
    print("calls with", k, sum(bool(o["labels"]["qa"][k]) for o in out),
          [o["id"][-2:] for o in out if o["labels"]["qa"][k]])
print("neg turns", sum(len(o["labels"]["customer_negative_turns"]) for o in out))
print("PROBLEMS", len(problems))
for p in problems:
    print("  ", p)
