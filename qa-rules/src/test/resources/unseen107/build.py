import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r"[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]")
errs = []
for c in CALLS:
    cid = "call-u107-%02d" % c["n"]
    T = c["turns"]
    def chk(turn, ev, who, what):
        if not (0 <= turn < len(T)):
            errs.append(f"{cid} {what} turn {turn} out of range"); return
        if ev not in T[turn]["text"]:
            errs.append(f"{cid} {what} evidence not in turn {turn}: {ev}")
        if who and T[turn]["speaker"] != who:
            errs.append(f"{cid} {what} turn {turn} is not {who}")
    for cat, t, ev in c["signals"]:
        chk(t, ev, None, "signal " + cat)
    for t, ev in c["fw"]: chk(t, ev, "rep", "forbidden")
    for t, ev in c["op"]: chk(t, ev, "rep", "over_promise")
    for t in c["neg"]:
        if T[t]["speaker"] != "customer": errs.append(f"{cid} neg turn {t} not customer")
    for i, tr in enumerate(T):
        if bad.search(tr["text"]): errs.append(f"{cid} turn {i} bad chars: {bad.findall(tr['text'])}")
    if bad.search(c["scenario"]): errs.append(f"{cid} scenario bad chars")
    if not 8 <= len(T) <= 30: errs.append(f"{cid} has {len(T)} turns")
    if (c["risk"] == "none") != (not c["signals"]): errs.append(f"{cid} risk/signal mismatch")
    reps = [tr["text"] for tr in T if tr["speaker"] == "rep"]
    qa = {k: k not in c["miss"] for k in ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]}
    g = ("您好" in reps[0]) or ("你好" in reps[0])
    if g != qa["greeting"]: errs.append(f"{cid} greeting label {qa['greeting']} vs text {g}")
    cl = any(w in reps[-1] for w in ["谢谢", "感谢", "祝"])
    if cl != qa["closing"]: errs.append(f"{cid} closing label {qa['closing']} vs text {cl}")
    tags = list(c["tags"])
    for cat, _, _ in c["signals"]:
        if cat not in tags: tags.append(cat)
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": tags, "turns": T,
           "labels": {"churn_risk": c["risk"],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c["signals"]],
                      "qa": {"greeting": qa["greeting"], "self_intro": qa["self_intro"],
                             "needs_discovery": qa["needs_discovery"],
                             "forbidden_words": [{"turn": t, "evidence": e} for t, e in c["fw"]],
                             "over_promise": [{"turn": t, "evidence": e} for t, e in c["op"]],
                             "next_step": qa["next_step"], "closing": qa["closing"]},
                      "customer_negative_turns": sorted(c["neg"])}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
# duplicate sentence check across calls
from collections import Counter
sent = Counter()
for c in CALLS:
    seen = set()
    for tr in c["turns"]:
        for s in re.split(r"[。？！]", tr["text"]):
            if len(s) >= 8 and s not in seen:
                seen.add(s); sent[s] += 1
dups = [s for s, k in sent.items() if k > 1]
print("calls", len(CALLS), "errors", len(errs), "dup sentences", dups)
for e in errs: print(e)
