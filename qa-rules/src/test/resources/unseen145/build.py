import json, re, string, sys, collections
sys.path.insert(0, '/work/data/unseen145')
from calls_b1 import CALLS as B1
from calls_b2 import CALLS as B2
from calls_b3 import CALLS as B3
from calls_b4 import CALLS as B4
CALLS = B1 + B2 + B3 + B4
bad = re.compile(r'[A-Za-z0-9' + re.escape(string.punctuation) + r' \t]')
errs = []
def find(turns, ev, cid, want=None, turn=None):
    if turn is not None:
        idx = [turn] if ev in turns[turn]['text'] else []
    else:
        idx = [i for i, t in enumerate(turns) if ev in t['text'] and (want is None or t['speaker'] == want)]
    if len(idx) != 1:
        errs.append(f'{cid}: evidence {ev!r} found in {idx}')
        return -1
    return idx[0]
sents = collections.defaultdict(set)
for c in CALLS:
    cid = 'call-u145-%02d' % c['n']
    turns, neg = [], []
    for line in c['t'].strip().splitlines():
        line = line.strip()
        if not line: continue
        sp, text = line.split('：', 1)
        if sp == 'C!': neg.append(len(turns))
        turns.append({'speaker': 'rep' if sp == 'R' else 'customer', 'text': text})
        if bad.search(text): errs.append(f'{cid}: bad char in {text!r}: {bad.findall(text)}')
        for s in re.split('[。？！，]', text):
            if len(s) >= 9: sents[s].add(cid)
    if not 8 <= len(turns) <= 30: errs.append(f'{cid}: {len(turns)} turns')
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        i = find(turns, ev, cid, turn=s[2] if len(s) > 2 else None)
        sigs.append({'category': cat, 'turn': i, 'evidence': ev})
    if (c['risk'] == 'none') != (not sigs): errs.append(f'{cid}: risk/signals mismatch')
    miss = c.get('miss', '').split()
    qa = {k: k not in miss for k in ['greeting', 'self_intro', 'needs_discovery']}
    qa['forbidden_words'] = [{'turn': find(turns, e, cid, 'rep'), 'evidence': e} for e in c.get('fw', [])]
    qa['over_promise'] = [{'turn': find(turns, e, cid, 'rep'), 'evidence': e} for e in c.get('op', [])]
    qa['next_step'] = 'next_step' not in miss
    qa['closing'] = 'closing' not in miss
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: errs.append(f'{cid}: greeting heuristic {g}')
    cl = any(w in reps[-1] for w in ['谢谢', '感谢', '祝'])
    if cl != qa['closing']: errs.append(f'{cid}: closing heuristic {cl}')
    for i in neg:
        assert turns[i]['speaker'] == 'customer'
    doc = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'], 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    with open(f'/work/data/unseen145/{cid}.json', 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
for s, ids in sents.items():
    if len(ids) > 1: errs.append(f'repeated sentence {s!r} in {sorted(ids)}')
print(len(CALLS), 'calls;', collections.Counter(c['risk'] for c in CALLS), collections.Counter(c['ind'] for c in CALLS))
print('long calls:', sum(1 for c in CALLS if len([l for l in c['t'].strip().splitlines() if l.strip()]) >= 20))
print('\n'.join(errs) or 'build OK')
