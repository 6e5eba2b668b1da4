"""Build call-u139-NN.json from calls_b*.py and check labels mechanically."""
import json, re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CALLS

BAD = re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
problems = []
out_dir = os.path.dirname(os.path.abspath(__file__))
for m in ("calls_b1", "calls_b2", "calls_b3", "calls_b4"):
    try:
        importlib.import_module(m)
    except ModuleNotFoundError:
        pass

def find(turns, ev, turn, speakers, where):
    if turn is not None:
        if ev not in turns[turn]["text"]:
            problems.append(f"{where}: '{ev}' not in turn {turn}")
        if turns[turn]["speaker"] not in speakers:
            problems.append(f"{where}: turn {turn} speaker {turns[turn]['speaker']}")
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and t["speaker"] in speakers]
    if len(hits) != 1:
        problems.append(f"{where}: '{ev}' found in turns {hits}")
        return hits[0] if hits else -1
    return hits[0]

for n, c in sorted(CALLS.items()):
    cid = f"call-u139-{n:02d}"
    turns, neg = [], []
    for line in c["text"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, txt = line.split(" ", 1)
        sp = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        if tag == "C!":
            neg.append(len(turns))
        if BAD.search(txt):
            problems.append(f"{cid}: bad char in '{txt}': {BAD.findall(txt)}")
        turns.append({"speaker": sp, "text": txt.strip()})
    if not 8 <= len(turns) <= 30:
        problems.append(f"{cid}: {len(turns)} turns")
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        t = find(turns, ev, s[2] if len(s) > 2 else None, ("rep", "customer"), f"{cid} sig {cat}")
        sigs.append({"category": cat, "turn": t, "evidence": ev})
    def spans(lst, name):
        res = []
        for s in lst:
            ev, t = (s, None) if isinstance(s, str) else s
            res.append({"turn": find(turns, ev, t, ("rep",), f"{cid} {name}"), "evidence": ev})
        return res
    q = c["qa"]
    qa = {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "n" in q,
          "forbidden_words": spans(c["fw"], "fw"), "over_promise": spans(c["op"], "op"),
          "next_step": "x" in q, "closing": "c" in q}
    reps = [t for t in turns if t["speaker"] == "rep"]
    if turns[0]["speaker"] != "rep":
        problems.append(f"{cid}: first turn not rep")
    if (("您好" in reps[0]["text"][:12]) or ("你好" in reps[0]["text"][:12])) != qa["greeting"]:
        problems.append(f"{cid}: greeting heuristic mismatch")
    if bool(re.search("谢|祝", reps[-1]["text"])) != qa["closing"]:
        problems.append(f"{cid}: closing heuristic mismatch")
    if (c["risk"] == "none") != (not sigs):
        problems.append(f"{cid}: risk {c['risk']} vs {len(sigs)} signals")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa,
                      "customer_negative_turns": neg}}
    with open(os.path.join(out_dir, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

from collections import Counter
print("calls", len(CALLS), "risk", Counter(c["risk"] for c in CALLS.values()),
      "ind", Counter(c["ind"] for c in CALLS.values()))
print("\n".join(problems) or "build: 0 problems")
