import json, os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
QA_KEYS = [("g", "greeting"), ("s", "self_intro"), ("n", "needs_discovery"), ("x", "next_step"), ("c", "closing")]
problems = []
calls = []
for m in ["calls_1", "calls_2", "calls_3", "calls_4"]:
    calls += importlib.import_module(m).CALLS
assert len(calls) == 40, len(calls)

def parse(t):
    turns, neg = [], []
    for line in t.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, txt = line.split("|", 1)
        sp = "rep" if tag == "R" else "customer"
        assert tag in ("R", "C", "C!"), line
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": txt.strip()})
    return turns, neg

def locate(cid, turns, ev, hint=None, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    if hint is not None:
        if hint not in hits:
            problems.append(f"{cid}: evidence {ev!r} not in turn {hint}")
        return hint
    if len(hits) != 1:
        problems.append(f"{cid}: evidence {ev!r} found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

sent_seen = {}
bad_chars = re.compile(r"[A-Za-z0-9]")
for n, c in enumerate(calls, 1):
    cid = f"call-u180-{n:02d}"
    turns, neg = parse(c["t"])
    sigs = []
    for s in c.get("sig", []):
        cat, ev = s[0], s[1]
        hint = s[2] if len(s) > 2 else None
        i = locate(cid, turns, ev, hint)
        if ev == turns[i]["text"]:
            problems.append(f"{cid}: evidence is whole turn {i}")
        sigs.append({"category": cat, "turn": i, "evidence": ev})
    miss = c.get("miss", "")
    qa = {}
    for k, name in QA_KEYS:
        qa[name] = k not in miss
    spans = {}
    for key, lst in (("forbidden_words", c.get("fw", [])), ("over_promise", c.get("op", []))):
        spans[key] = [{"turn": locate(cid, turns, ev, None, "rep"), "evidence": ev} for ev in lst]
    labels = {"churn_risk": c["risk"], "churn_signals": sigs,
              "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"], "needs_discovery": qa["needs_discovery"],
                     "forbidden_words": spans["forbidden_words"], "over_promise": spans["over_promise"],
                     "next_step": qa["next_step"], "closing": qa["closing"]},
              "customer_negative_turns": neg}
    tags = list(dict.fromkeys(["inbound"] + c.get("tags", []) + [s["category"] for s in sigs]))
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns, "labels": labels}
    # checks
    if not (10 <= len(turns) <= 30):
        problems.append(f"{cid}: {len(turns)} turns")
    if (c["risk"] == "none") != (len(sigs) == 0):
        problems.append(f"{cid}: risk {c['risk']} with {len(sigs)} signals")
    for i, t in enumerate(turns):
        if bad_chars.search(t["text"]):
            problems.append(f"{cid}: latin/digit in turn {i}")
        if i and turns[i-1]["speaker"] == t["speaker"]:
            problems.append(f"{cid}: same speaker twice at {i}")
        for sen in re.split(r"[。？！；]", t["text"]):
            sen = sen.strip("，、 ")
            if len(sen) >= 8:
                if sen in sent_seen and sent_seen[sen] != cid:
                    problems.append(f"{cid}: sentence reused from {sent_seen[sen]}: {sen}")
                sent_seen.setdefault(sen, cid)
    if bad_chars.search(c["scen"]):
        problems.append(f"{cid}: latin in scenario")
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]:
        problems.append(f"{cid}: greeting label {qa['greeting']} vs text {g}")
    cl = any(w in reps[-1] for w in ("谢", "感谢", "祝"))
    if cl != qa["closing"]:
        problems.append(f"{cid}: closing label {qa['closing']} vs text {cl}")
    for i in neg:
        assert turns[i]["speaker"] == "customer"
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

from collections import Counter
print("risk", Counter(c["risk"] for c in calls))
print("industry", Counter(c["ind"] for c in calls))
print("long(20-30)", sum(1 for c in calls if len(parse(c["t"])[0]) >= 20))
print("turns", [len(parse(c["t"])[0]) for c in calls])
print("\n".join(problems) or "build OK")
