import json, re, sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
calls = []
for m in ("calls_def_1", "calls_def_2", "calls_def_3", "calls_def_4"):
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass
bad = 0
def err(cid, msg):
    global bad; bad += 1; print(cid, msg)
for c in calls:
    cid = "call-u154-%02d" % c["n"]
    turns = []
    for line in c["turns"].strip().splitlines():
        line = line.strip()
        sp, text = line[0], line[2:].strip()
        turns.append({"speaker": {"R": "rep", "C": "customer"}[sp], "text": text})
        if re.search(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]", text):
            err(cid, "ascii in: " + text)
    def chk(t, ev, who=None):
        if t >= len(turns) or ev not in turns[t]["text"]:
            err(cid, "evidence %r not in turn %d" % (ev, t)); return
        if who and turns[t]["speaker"] != who:
            err(cid, "turn %d not %s" % (t, who))
    for cat, t, ev in c["sig"]:
        chk(t, ev)
    for t, ev in c.get("fw", []) + c.get("op", []):
        chk(t, ev, "rep")
    for t in c.get("neg", []):
        if turns[t]["speaker"] != "customer": err(cid, "neg turn %d not customer" % t)
    if not 8 <= len(turns) <= 30: err(cid, "turn count %d" % len(turns))
    if (c["risk"] == "none") != (len(c["sig"]) == 0): err(cid, "risk/signals mismatch")
    q = c["qa"]
    doc = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["sig"]],
                      "qa": {"greeting": bool(q[0]), "self_intro": bool(q[1]), "needs_discovery": bool(q[2]),
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in c.get("fw", [])],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in c.get("op", [])],
                             "next_step": bool(q[3]), "closing": bool(q[4])},
                      "customer_negative_turns": c.get("neg", [])}}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(calls), "calls written,", bad, "problems")
