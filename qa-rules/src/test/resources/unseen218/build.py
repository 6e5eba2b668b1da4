import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4
OUT = os.path.dirname(os.path.abspath(__file__))
CALLS = C1 + C2 + C3 + C4
errs = []
QA = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
CATS = {"price","competitor","service","quality","communication","contact_change","demand_reduction","non_renewal","channel_conflict"}
def locate(c, ev, turn=None, rep_only=False):
    hits = [i for i, t in enumerate(c["turns"]) if ev in t["text"] and (not rep_only or t["speaker"] == "rep")]
    if turn is not None:
        if turn not in hits: errs.append(f"{c['n']}: evidence not in turn {turn}: {ev}")
        return turn
    if len(hits) != 1: errs.append(f"{c['n']}: evidence found {len(hits)}x: {ev}")
    return hits[0] if hits else -1
sent_seen = {}
stats = collections.Counter(); cat_calls = collections.Counter(); long_calls = 0
assert len(CALLS) == 40 and sorted(c["n"] for c in CALLS) == list(range(1, 41))
for c in sorted(CALLS, key=lambda c: c["n"]):
    cid = f"call-u218-{c['n']:02d}"
    T = c["turns"]; nt = len(T)
    if not 10 <= nt <= 30: errs.append(f"{cid}: {nt} turns")
    if nt >= 20: long_calls += 1
    for i, t in enumerate(T):
        if re.search(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,.?!:;()\"']", t["text"]): errs.append(f"{cid} t{i}: latin/digit/ascii punct")
        for s in re.split(r"[。？！]", t["text"]):
            s = s.strip("，、 ")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: errs.append(f"{cid} t{i}: sentence reused from {sent_seen[s]}: {s}")
                sent_seen[s] = cid
    sigs = []
    for s in c["sig"]:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        ti = locate(c, ev, s[2] if len(s) > 2 else None)
        sigs.append({"category": cat, "turn": ti, "evidence": ev}); cat_calls[cat] += 0
    for cat in {s["category"] for s in sigs}: cat_calls[cat] += 1
    if (c["risk"] == "none") != (not sigs): errs.append(f"{cid}: risk {c['risk']} vs {len(sigs)} signals")
    qa = {k: k not in c["missing"] for k in QA}
    rep_idx = [i for i, t in enumerate(T) if t["speaker"] == "rep"]
    g = any(w in T[rep_idx[0]]["text"] for w in ("您好", "你好"))
    if g != qa["greeting"]: errs.append(f"{cid}: greeting label {qa['greeting']} vs text {g}")
    cl = any(w in T[rep_idx[-1]]["text"] for w in ("谢谢", "感谢", "祝"))
    if cl != qa["closing"]: errs.append(f"{cid}: closing label {qa['closing']} vs text {cl}")
    qa["forbidden_words"] = [{"turn": locate(c, e, rep_only=True), "evidence": e} for e in c["fw"]]
    qa["over_promise"] = [{"turn": locate(c, e, rep_only=True), "evidence": e} for e in c["op"]]
    order = ["greeting","self_intro","needs_discovery","forbidden_words","over_promise","next_step","closing"]
    qa = {k: qa[k] for k in order}
    for i in c["neg"]:
        if T[i]["speaker"] != "customer": errs.append(f"{cid}: neg turn {i} not customer")
    obj = {"id": cid, "industry": c["industry"], "scenario": c["scenario"], "tags": c["tags"], "turns": T,
           "labels": {"churn_risk": c["risk"], "churn_signals": sigs, "qa": qa, "customer_negative_turns": c["neg"]}}
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    stats["turns"] += nt; stats["signals"] += len(sigs); stats["neg"] += len(c["neg"])
    stats["risk_" + c["risk"]] += 1; stats["ind_" + c["industry"]] += 1
    for k in QA:
        if not qa[k]: stats["miss_" + k] += 1
    if qa["forbidden_words"]: stats["calls_forbidden"] += 1
    if qa["over_promise"]: stats["calls_over_promise"] += 1
    for tg in ("hard_negative", "negation", "ambiguous", "big_account", "silent_churn"):
        if tg in c["tags"]: stats["tag_" + tg] += 1
    stats[f"len_{nt}"] += 1
print("\n".join(errs) if errs else "build: 0 errors")
print("long calls (>=20 turns):", long_calls)
print(dict(sorted(stats.items())))
print("calls per category:", dict(cat_calls.most_common()))
