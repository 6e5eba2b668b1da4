# Builds call-u192-NN.json from calls_1..4.py.
# Markup in turn text: {category:phrase} = churn signal, {OP:phrase} = over_promise,
# {FW:phrase} = forbidden word. Turn prefix: "R|" rep, "C|" customer, "N|" customer with negative emotion.
# qa flags string: g=greeting s=self_intro d=needs_discovery n=next_step c=closing
import json, re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4
CALLS = C1 + C2 + C3 + C4
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
RISK = ["none","low","medium","high"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
MARK = re.compile(r"\{([A-Za-z_]+):([^{}]+)\}")
problems = []
assert len(CALLS) == 40, len(CALLS)
for i, c in enumerate(CALLS):
    cid = "call-u192-%02d" % (i + 1)
    exp_ind = IND[i % 8]; exp_risk = RISK[(i % 8 + i // 8) % 4]
    if c["ind"] != exp_ind or c["risk"] != exp_risk:
        problems.append(f"{cid}: plan mismatch {c['ind']}/{c['risk']} expected {exp_ind}/{exp_risk}")
    turns, sigs, op, fw, neg = [], [], [], [], []
    for t, raw in enumerate(c["turns"]):
        sp, text = raw.split("|", 1)
        speaker = {"R": "rep", "C": "customer", "N": "customer"}[sp]
        if sp == "N": neg.append(t)
        for m in MARK.finditer(text):
            cat, ev = m.group(1), m.group(2)
            if cat == "OP": (op.append({"turn": t, "evidence": ev}), speaker == "rep" or problems.append(f"{cid} t{t}: OP on customer"))
            elif cat == "FW": (fw.append({"turn": t, "evidence": ev}), speaker == "rep" or problems.append(f"{cid} t{t}: FW on customer"))
            elif cat in CATS: sigs.append({"category": cat, "turn": t, "evidence": ev})
            else: problems.append(f"{cid} t{t}: bad category {cat}")
        clean = MARK.sub(lambda m: m.group(2), text)
        if "{" in clean or "}" in clean: problems.append(f"{cid} t{t}: stray brace")
        if re.search(r"[A-Za-z0-9]", clean): problems.append(f"{cid} t{t}: latin/digit: {clean}")
        if re.search(r"[,.?!:;()\"']", clean): problems.append(f"{cid} t{t}: ascii punct: {clean}")
        turns.append({"speaker": speaker, "text": clean})
    # checks
    for s in sigs + op + fw:
        if s["evidence"] not in turns[s["turn"]]["text"]: problems.append(f"{cid}: evidence not substring {s}")
    for s in op + fw:
        if turns[s["turn"]]["speaker"] != "rep": problems.append(f"{cid}: qa span not rep {s}")
    n = len(turns)
    if not (10 <= n <= 30): problems.append(f"{cid}: {n} turns")
    if c["risk"] == "none" and sigs: problems.append(f"{cid}: none with signals")
    if c["risk"] != "none" and not sigs: problems.append(f"{cid}: {c['risk']} without signals")
    q = c["qa"]
    reps = [t for t in turns if t["speaker"] == "rep"]
    g = any(w in reps[0]["text"] for w in ("您好", "你好"))
    if g != ("g" in q): problems.append(f"{cid}: greeting flag {('g' in q)} but text says {g}")
    cl = any(w in reps[-1]["text"] for w in ("谢谢", "感谢", "祝"))
    if cl != ("c" in q): problems.append(f"{cid}: closing flag {('c' in q)} but text says {cl}")
    if turns[0]["speaker"] != "rep" and "inbound" not in c["tags"]: pass
    tags = list(c["tags"])
    for cat in sorted({s["category"] for s in sigs}, key=lambda x: [s["category"] for s in sigs].index(x)):
        if cat not in tags: tags.append(cat)
    if n <= 12 and "short" not in tags: tags.append("short")
    doc = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags, "turns": turns,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs,
                      "qa": {"greeting": "g" in q, "self_intro": "s" in q, "needs_discovery": "d" in q,
                             "forbidden_words": fw, "over_promise": op, "next_step": "n" in q, "closing": "c" in q},
                      "customer_negative_turns": neg}}
    with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
for p in problems: print("PROBLEM", p)
print(len(problems), "problems")
