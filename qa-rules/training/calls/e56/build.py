"""Build call-e56-NN.json from calls_1..4.py (inline markup) and run consistency checks."""
import json, re, sys, os, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = {"price","competitor","service","quality","communication","contact_change",
        "demand_reduction","non_renewal","channel_conflict"}
INDS = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
MARK = re.compile(r"<<(\w+)\|(.*?)>>")
BAD = re.compile(r"[A-Za-z0-9０-９Ａ-Ｚａ-ｚ,\.\?!:;\(\)\"']")

def load(i):
    spec = importlib.util.spec_from_file_location(f"calls_{i}", os.path.join(HERE, f"calls_{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.CALLS

problems = []
def bad(cid, msg): problems.append(f"{cid}: {msg}")

calls = []
for i in range(1, 5):
    calls += load(i)
sent_seen = {}
for c in calls:
    cid = f"call-e56-{c['n']:02d}"
    turns, signals, fw, op, neg = [], [], [], [], []
    for line in [l.strip() for l in c["t"].strip().splitlines() if l.strip()]:
        tag, text = line.split(":", 1)
        spk = {"R": "rep", "C": "customer", "C!": "customer"}[tag]
        idx = len(turns)
        spans = MARK.findall(text)
        plain = MARK.sub(lambda m: m.group(2), text.strip())
        if tag == "C!": neg.append(idx)
        for cat, ev in spans:
            if plain.count(ev) != 1: bad(cid, f"evidence not unique/absent in turn {idx}: {ev}")
            if cat == "fw" or cat == "op":
                if spk != "rep": bad(cid, f"qa span on customer turn {idx}")
                (fw if cat == "fw" else op).append({"turn": idx, "evidence": ev})
            elif cat in CATS:
                signals.append({"category": cat, "turn": idx, "evidence": ev})
            else: bad(cid, f"unknown category {cat}")
        if BAD.search(plain): bad(cid, f"latin/digit/ascii punct in turn {idx}: {BAD.findall(plain)}")
        if "<<" in plain or ">>" in plain or "|" in plain: bad(cid, f"broken markup turn {idx}")
        turns.append({"speaker": spk, "text": plain})
        for s in re.split(r"[。！？；]", plain):
            s = s.strip("，、 ")
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: bad(cid, f"sentence reused from {sent_seen[s]}: {s}")
                sent_seen.setdefault(s, cid)
    qa = c["qa"]
    labels = {"churn_risk": c["risk"], "churn_signals": signals,
              "qa": {"greeting": "G" in qa, "self_intro": "S" in qa, "needs_discovery": "N" in qa,
                     "forbidden_words": fw, "over_promise": op, "next_step": "X" in qa, "closing": "E" in qa},
              "customer_negative_turns": neg}
    rep_turns = [t["text"] for t in turns if t["speaker"] == "rep"]
    has_greet = ("您好" in rep_turns[0] or "你好" in rep_turns[0])
    if has_greet != ("G" in qa): bad(cid, "greeting flag vs first rep turn mismatch")
    has_close = any(w in rep_turns[-1] for w in ["谢谢", "感谢", "祝"])
    if has_close != ("E" in qa): bad(cid, "closing flag vs last rep turn mismatch")
    if not (10 <= len(turns) <= 30): bad(cid, f"{len(turns)} turns")
    if c["risk"] == "none" and signals: bad(cid, "none call with signals")
    if c["risk"] != "none" and not signals: bad(cid, "risk call without signals")
    if c["ind"] not in INDS: bad(cid, "bad industry")
    obj = {"id": cid, "industry": c["ind"], "scenario": c["sc"], "tags": c["tags"], "turns": turns, "labels": labels}
    # re-check evidence mechanically
    for s in signals + fw + op:
        if s["evidence"] not in turns[s["turn"]]["text"]: bad(cid, "evidence mismatch")
    for n in neg:
        if turns[n]["speaker"] != "customer": bad(cid, "neg turn not customer")
    calls_out = os.path.join(HERE, cid + ".json")
    with open(calls_out, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write("\n")
    c["_obj"] = obj

nums = sorted(c["n"] for c in calls)
if nums != list(range(1, 41)): bad("set", f"call numbers {nums}")
ri = collections.Counter(c["risk"] for c in calls); ii = collections.Counter(c["ind"] for c in calls)
if any(ri[r] != 10 for r in ["none","low","medium","high"]): bad("set", f"risk {ri}")
if any(ii[x] != 5 for x in INDS): bad("set", f"industry {ii}")
nt = [len(c["_obj"]["turns"]) for c in calls]
if sum(1 for n in nt if n >= 20) < 10: bad("set", "fewer than ten long calls")

# stats
cat_calls = collections.Counter(); spans = 0
for c in calls:
    cs = {s["category"] for s in c["_obj"]["labels"]["churn_signals"]}; spans += len(c["_obj"]["labels"]["churn_signals"])
    cat_calls.update(cs)
qa_miss = collections.Counter(); fwc = opc = negc = 0
for c in calls:
    q = c["_obj"]["labels"]["qa"]
    for k in ["greeting","self_intro","needs_discovery","next_step","closing"]:
        if not q[k]: qa_miss[k] += 1
    fwc += bool(q["forbidden_words"]); opc += bool(q["over_promise"]); negc += len(c["_obj"]["labels"]["customer_negative_turns"])
tagc = collections.Counter(t for c in calls for t in c["tags"])
print("risk", dict(ri)); print("industry", dict(ii))
print("turns total", sum(nt), "min", min(nt), "max", max(nt), "calls>=20", sum(1 for n in nt if n >= 20), "per call", nt)
print("category calls", dict(cat_calls), "spans", spans)
print("qa missing", dict(qa_miss), "forbidden calls", fwc, "over_promise calls", opc, "neg turns", negc)
print("tags", dict(tagc))
print(f"{len(problems)} build problems"); [print(" ", p) for p in problems]
sys.exit(1 if problems else 0)
