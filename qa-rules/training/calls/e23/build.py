import json, re, sys, collections
sys.path.insert(0, '.')
from calls_def import CALLS
probs = []
stats = collections.Counter(); cats = collections.Counter(); lens = collections.Counter(); inds = collections.Counter()
qa_miss = collections.Counter(); nspans = 0
for n, c in enumerate(CALLS, 1):
    cid = f"call-e23-{n:02d}"
    lines = [l.strip() for l in c['turns'].strip().split('\n') if l.strip()]
    turns, neg = [], []
    for i, l in enumerate(lines):
        sp = 'rep' if i % 2 == 0 else 'customer'
        if l.startswith('!'):
            l = l[1:]; neg.append(i)
            if sp != 'customer': probs.append(f"{cid} neg on rep {i}")
        if re.search(r"[A-Za-z0-9,.?!;:()%]", l): probs.append(f"{cid} t{i} ascii: {l}")
        turns.append({"speaker": sp, "text": l})
    def find(ev, spk=None):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if len(hits) != 1: probs.append(f"{cid} evidence '{ev}' hits {hits}"); return 0
        if spk and turns[hits[0]]['speaker'] != spk: probs.append(f"{cid} '{ev}' not {spk}")
        return hits[0]
    sigs = [{"category": cat, "turn": find(ev), "evidence": ev} for cat, ev in c.get('sig', [])]
    qa = {k: (ch in c['qa']) for k, ch in [('greeting','g'),('self_intro','s'),('needs_discovery','d')]}
    qa['forbidden_words'] = [{"turn": find(e, 'rep'), "evidence": e} for e in c.get('fw', [])]
    qa['over_promise'] = [{"turn": find(e, 'rep'), "evidence": e} for e in c.get('op', [])]
    qa['next_step'] = 'n' in c['qa']; qa['closing'] = 'c' in c['qa']
    g = ('您好' in turns[0]['text'] or '你好' in turns[0]['text'])
    if g != qa['greeting']: probs.append(f"{cid} greeting mismatch")
    lastrep = [t for t in turns if t['speaker']=='rep'][-1]['text']
    if qa['closing'] != any(w in lastrep for w in ('谢谢','感谢','祝您','祝')): probs.append(f"{cid} closing mismatch")
    risk = c['risk']
    if (risk == 'none') != (not sigs): probs.append(f"{cid} risk/signals")
    tags = list(c.get('tags', [])) + sorted({s['category'] for s in sigs})
    L = len(turns); tags.append('short' if L <= 10 else 'medium' if L <= 16 else 'long')
    lens[tags[-1]] += 1
    obj = {"id": cid, "industry": c['ind'], "scenario": c['scen'], "tags": tags, "turns": turns,
           "labels": {"churn_risk": risk, "churn_signals": sigs, "qa": qa, "customer_negative_turns": neg}}
    json.dump(obj, open(f"{cid}.json", 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    stats[risk] += 1; inds[c['ind']] += 1; nspans += len(sigs)
    for cat in {s['category'] for s in sigs}: cats[cat] += 1
    for k in ('greeting','self_intro','needs_discovery','next_step','closing'):
        if not qa[k]: qa_miss[k] += 1
    if qa['forbidden_words']: qa_miss['forbidden_calls'] += 1
    if qa['over_promise']: qa_miss['overpromise_calls'] += 1
    qa_miss['neg_turns'] += len(neg)
    if 'hard_negative' in tags: qa_miss['hard_negatives'] += 1
print(len(CALLS), dict(stats), dict(inds), dict(lens), dict(cats), 'spans', nspans, dict(qa_miss))
print('\n'.join(probs) or 'build ok')
