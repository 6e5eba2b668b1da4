"""Build call-u189-NN.json from calls_1..4.py.

Turn markup: "R:text" rep, "C:text" customer, "C!:text" customer turn with negative emotion.
Inline spans: {category:evidence} churn signal, {OP:evidence} over-promise, {FW:evidence} forbidden word.
qa: five chars for greeting, self_intro, needs_discovery, next_step, closing ('1'/'0').
"""
import json, re, sys, importlib, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = {"b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"}
SPAN = re.compile(r"\{([A-Za-z_]+):([^{}]+)\}")
out = os.path.dirname(os.path.abspath(__file__))
calls = []
for m in ("calls_1","calls_2","calls_3","calls_4"):
    calls += importlib.import_module(m).CALLS
errs = []
seen_text = {}
for c in calls:
    cid = "call-u189-%02d" % c["n"]
    turns, sigs, op, fw, neg = [], [], [], [], []
    for i, raw in enumerate(c["turns"]):
        sp, text = raw.split(":", 1)
        speaker = "rep" if sp == "R" else "customer"
        if sp == "C!": neg.append(i)
        spans = SPAN.findall(text)
        clean = SPAN.sub(lambda mm: mm.group(2), text)
        for kind, ev in spans:
            if kind in CATS: sigs.append({"category": kind, "turn": i, "evidence": ev})
            elif kind == "OP": op.append({"turn": i, "evidence": ev})
            elif kind == "FW": fw.append({"turn": i, "evidence": ev})
            else: errs.append(f"{cid} t{i}: bad span kind {kind}")
            if ev not in clean: errs.append(f"{cid} t{i}: evidence not substring")
            if kind in ("OP","FW") and speaker != "rep": errs.append(f"{cid} t{i}: QA span on customer turn")
        if re.search(r"[A-Za-z0-9{}]", clean): errs.append(f"{cid} t{i}: latin/digit/brace: {clean}")
        if clean in seen_text and len(clean) > 8: errs.append(f"{cid} t{i}: duplicate sentence with {seen_text[clean]}")
        seen_text[clean] = cid
        turns.append({"speaker": speaker, "text": clean})
    q = c["qa"]
    qa = {"greeting": q[0]=="1", "self_intro": q[1]=="1", "needs_discovery": q[2]=="1",
          "forbidden_words": fw, "over_promise": op, "next_step": q[3]=="1", "closing": q[4]=="1"}
    reps = [t for t in turns if t["speaker"]=="rep"]
    g = ("您好" in reps[0]["text"] or "你好" in reps[0]["text"])
    if g != qa["greeting"]: errs.append(f"{cid}: greeting flag {qa['greeting']} vs text {g}")
    cl = any(w in reps[-1]["text"] for w in ("谢谢","感谢","祝"))
    if cl != qa["closing"]: errs.append(f"{cid}: closing flag {qa['closing']} vs text {cl}")
    if c["ind"] not in INDS: errs.append(f"{cid}: industry")
    if c["risk"] == "none" and sigs: errs.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: errs.append(f"{cid}: {c['risk']} without signals")
    for i in neg:
        if turns[i]["speaker"] != "customer": errs.append(f"{cid}: neg on rep")
    n = len(turns)
    if not (10 <= n <= 30): errs.append(f"{cid}: {n} turns")
    d = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns,
         "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    c["_d"] = d
    with open(os.path.join(out, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
# distribution
from collections import Counter
ds = [c["_d"] for c in calls]
print("calls", len(ds), "turns", sum(len(d["turns"]) for d in ds))
print("risk", Counter(d["labels"]["churn_risk"] for d in ds))
print("industry", Counter(d["industry"] for d in ds))
print("long(20-30)", sum(len(d["turns"])>=20 for d in ds), "turn counts", sorted(len(d["turns"]) for d in ds))
cc = Counter(); ns = 0
for d in ds:
    cats = {s["category"] for s in d["labels"]["churn_signals"]}; cc.update(cats); ns += len(d["labels"]["churn_signals"])
print("calls per category", dict(cc.most_common()), "spans", ns)
print("tags", dict(Counter(t for d in ds for t in d["tags"]).most_common()))
for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
    print("missing", k, sum(not d["labels"]["qa"][k] for d in ds))
print("fw calls", sum(bool(d["labels"]["qa"]["forbidden_words"]) for d in ds),
      "op calls", sum(bool(d["labels"]["qa"]["over_promise"]) for d in ds),
      "neg turns", sum(len(d["labels"]["customer_negative_turns"]) for d in ds))
print("ERRORS", len(errs)); [print(" ", e) for e in errs]
