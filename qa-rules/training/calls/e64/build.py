#!/usr/bin/env python3
"""Build call-e64-NN.json from calls_1..4.py and check labels mechanically."""
import json, os, re, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
QA_BOOLS = ["greeting", "self_intro", "needs_discovery", "next_step", "closing"]
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
IND = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution",
       "furniture","feed","hotel_supplies"]

def load(n):
    spec = importlib.util.spec_from_file_location(f"calls_{n}", os.path.join(HERE, f"calls_{n}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS

def find_turn(turns, ev, speaker=None, turn=None):
    if turn is not None:
        assert ev in turns[turn]["text"], (ev, turn)
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t["text"] and (speaker is None or t["speaker"] == speaker)]
    assert len(hits) == 1, f"evidence {ev!r} found in turns {hits}"
    return hits[0]

def build():
    calls = []
    for n in range(1, 5):
        if os.path.exists(os.path.join(HERE, f"calls_{n}.py")):
            calls += load(n)
    if len(calls) != 40:
        print(f"WARNING: {len(calls)} calls, expected 40")
    problems = []
    sent_seen = {}
    for k, c in enumerate(calls, 1):
        cid = f"call-e64-{k:02d}"
        try:
            spk = c.get("start", "rep")
            turns, neg = [], []
            for i, raw in enumerate(c["turns"]):
                if isinstance(raw, tuple):
                    spk, raw = raw
                text = raw
                if text.startswith("@"):
                    text = text[1:]; neg.append(i)
                turns.append({"speaker": spk, "text": text})
                spk = "customer" if spk == "rep" else "rep"
            for i in neg:
                assert turns[i]["speaker"] == "customer", f"neg turn {i} not customer"
            sigs = []
            for s in c.get("sig", []):
                cat, ev = s[0], s[1]
                assert cat in CATS, cat
                t = find_turn(turns, ev, turn=s[2] if len(s) > 2 else None)
                sigs.append({"category": cat, "turn": t, "evidence": ev})
            sigs.sort(key=lambda x: x["turn"])
            qa = {}
            miss = set(c.get("miss", []))
            for b in QA_BOOLS:
                qa[b] = b not in miss
            qa["forbidden_words"] = [{"turn": find_turn(turns, e, "rep"), "evidence": e} for e in c.get("fw", [])]
            qa["over_promise"] = [{"turn": find_turn(turns, e, "rep"), "evidence": e} for e in c.get("op", [])]
            qa = {k2: qa[k2] for k2 in ["greeting","self_intro","needs_discovery","forbidden_words","over_promise","next_step","closing"]}
            risk = c["risk"]
            assert risk in ("none","low","medium","high")
            if risk == "none": assert not sigs, "none call with signals"
            else: assert sigs, "risk call without signals"
            assert c["ind"] in IND, c["ind"]
            # mechanical QA sanity
            reps = [t["text"] for t in turns if t["speaker"] == "rep"]
            g = ("您好" in reps[0] or "你好" in reps[0])
            assert g == qa["greeting"], f"greeting label {qa['greeting']} vs text {g}"
            cl = any(w in reps[-1] for w in ("谢谢", "感谢", "祝"))
            assert cl == qa["closing"], f"closing label {qa['closing']} vs text {cl}"
            assert 10 <= len(turns) <= 30, f"{len(turns)} turns"
            for i, t in enumerate(turns):
                bad = re.findall(r"[A-Za-z0-9%,\.\?!:;\"'()]", t["text"])
                assert not bad, f"turn {i} has ascii {bad}"
                for s in re.split(r"[。！？；，]", t["text"]):
                    s = s.strip()
                    if len(s) >= 8:
                        if s in sent_seen and sent_seen[s] != cid:
                            problems.append(f"{cid}: sentence reused from {sent_seen[s]}: {s}")
                        sent_seen.setdefault(s, cid)
            tags = [t for t in c["tags"] if t != "short"]
            for s_ in sigs:  # tags list the churn categories present
                if s_["category"] not in tags: tags.append(s_["category"])
            doc = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": tags,
                   "turns": turns,
                   "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa,
                              "customer_negative_turns": neg}}
            for s in sigs:
                assert s["evidence"] in turns[s["turn"]]["text"]
            with open(os.path.join(HERE, cid + ".json"), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=1); f.write("\n")
        except AssertionError as e:
            problems.append(f"{cid}: {e}")
    for p in problems: print("PROBLEM", p)
    print(f"built {len(calls)} calls, {len(problems)} problems")
    return calls

if __name__ == "__main__":
    build()
