import json, re, sys, collections
sys.path.insert(0, '.')
from calls_def import CALLS
assert len(CALLS) == 40, len(CALLS)
probs = []
for n, c in enumerate(CALLS, 1):
    cid = f"call-u29-{n:02d}"
    turns = []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        sp = {'R': 'rep', 'C': 'customer'}[line[0]]
        turns.append({"speaker": sp, "text": line[1:].strip()})
    texts = [t['text'] for t in turns]
    def chk(ti, ev, what, spk=None):
        hits = [i for i, x in enumerate(texts) if ev in x]
        if hits != [ti]: probs.append(f"{cid} {what} '{ev}' hits {hits} want {ti}")
        if spk and turns[ti]['speaker'] != spk: probs.append(f"{cid} {what} turn {ti} not {spk}")
    for cat, ti, ev in c['s']: chk(ti, ev, cat, 'customer' if cat != 'contact_change' else None)
    for ti, ev in c.get('fw', []): chk(ti, ev, 'fw', 'rep')
    for ti, ev in c.get('op', []): chk(ti, ev, 'op', 'rep')
    f = c['qa']
    # greeting check: first rep turn has 您好/你好
    first_rep = next(t['text'] for t in turns if t['speaker'] == 'rep')
    g = 'G' in f
    if g != ('您好' in first_rep or '你好' in first_rep): probs.append(f"{cid} greeting flag mismatch")
    last_rep = [t['text'] for t in turns if t['speaker'] == 'rep'][-1]
    cl = 'C' in f
    if cl != any(w in last_rep for w in ('谢谢', '感谢', '祝您', '祝你')): probs.append(f"{cid} closing flag mismatch?")
    for ti in c.get('neg', []):
        if turns[ti]['speaker'] != 'customer': probs.append(f"{cid} neg {ti} not customer")
    for i, t in enumerate(texts):
        if re.search(r"[A-Za-z0-9,.?!;:'\"()]", t): probs.append(f"{cid} turn {i} ascii")
    out = {"id": cid, "industry": c['ind'], "scenario": c['sc'], "tags": c['tags'], "turns": turns,
           "labels": {"churn_risk": c['risk'],
                      "churn_signals": [{"category": a, "turn": b, "evidence": e} for a, b, e in c['s']],
                      "qa": {"greeting": g, "self_intro": 'S' in f, "needs_discovery": 'N' in f,
                             "forbidden_words": [{"turn": a, "evidence": b} for a, b in c.get('fw', [])],
                             "over_promise": [{"turn": a, "evidence": b} for a, b in c.get('op', [])],
                             "next_step": 'X' in f, "closing": cl},
                      "customer_negative_turns": c.get('neg', [])}}
    json.dump(out, open(f"{cid}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# stats
risk = collections.Counter(c['risk'] for c in CALLS)
cats = collections.Counter(); spans = 0
for c in CALLS:
    spans += len(c['s'])
    for k in set(a for a, _, _ in c['s']): cats[k] += 1
ind = collections.Counter(c['ind'] for c in CALLS)
L = [len(c['t'].strip().split('\n')) for c in CALLS]
qa = {k: sum(1 for c in CALLS if k not in c['qa']) for k in 'GSNXC'}
print("risk", dict(risk)); print("cats", dict(cats), "spans", spans); print("ind", dict(ind))
print("len short", sum(l <= 10 for l in L), "med", sum(11 <= l <= 16 for l in L), "long", sum(l >= 17 for l in L), "turns", sum(L))
print("qa missing", qa, "fw calls", sum(1 for c in CALLS if c.get('fw')), "op calls", sum(1 for c in CALLS if c.get('op')))
print("hard neg", sum(1 for c in CALLS if 'hard_negative' in c['tags']), "neg turns", sum(len(c.get('neg', [])) for c in CALLS))
print("\n".join(probs)); print(len(probs), "build problems")
