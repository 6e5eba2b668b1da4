import json, re, sys, collections, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import calls_a, calls_b, calls_c
from calls_a import CALLS
OUT = pathlib.Path(__file__).parent.parent
MK = re.compile(r"\{([A-Za-z_]+):([^{}]+)\}")
probs = []
for c in sorted(CALLS, key=lambda c: c["n"]):
    cid = "call-u22-%02d" % c["n"]
    turns, sig, fw, op, neg = [], [], [], [], []
    for line in c["body"].strip().splitlines():
        pre, text = line.split(": ", 1)
        spk = "rep" if pre == "R" else "customer"
        i = len(turns)
        for tag, ph in MK.findall(text):
            if tag == "OP": op.append({"turn": i, "evidence": ph})
            elif tag == "FW": fw.append({"turn": i, "evidence": ph})
            else: sig.append({"category": tag, "turn": i, "evidence": ph})
            if (tag in ("OP", "FW")) != (spk == "rep") and tag in ("OP", "FW"): probs.append(f"{cid}: {tag} in customer turn")
        text = MK.sub(r"\2", text)
        if pre == "C!": neg.append(i)
        turns.append({"speaker": spk, "text": text})
    for s in sig + fw + op:
        n = sum(s["evidence"] in t["text"] for t in turns)
        if n != 1: probs.append(f"{cid}: evidence in {n} turns: {s['evidence']}")
    # sanity checks of booleans
    m = c["miss"]
    reps = [t["text"] for t in turns if t["speaker"] == "rep"]
    g = ("您好" in reps[0] or "你好" in reps[0])
    if g != ("G" not in m): probs.append(f"{cid}: greeting flag mismatch")
    e = any(w in reps[-1] for w in ("谢", "祝"))
    if e != ("E" not in m): probs.append(f"{cid}: closing flag mismatch")
    if (c["risk"] == "none") != (not sig): probs.append(f"{cid}: risk/signals mismatch")
    if re.search(r"[A-Za-z0-9,.?!;:()\"']", "".join(t["text"] for t in turns)): probs.append(f"{cid}: ascii")
    nt = len(turns)
    tags = [t for t in c["tags"] if t != "short"] + (["short"] if nt <= 10 else [])
    obj = {"id": cid, "industry": c["ind"], "scenario": c["scen"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sig,
                      "qa": {"greeting": "G" not in m, "self_intro": "S" not in m, "needs_discovery": "N" not in m,
                             "forbidden_words": fw, "over_promise": op, "next_step": "X" not in m, "closing": "E" not in m},
                      "customer_negative_turns": neg}}
    (OUT / f"{cid}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
print("problems:", probs)
