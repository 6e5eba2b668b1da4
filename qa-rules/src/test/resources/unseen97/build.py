import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

IND = ['b2b_saas', 'industrial_equipment', 'telecom', 'bank_wealth',
       'fmcg_distribution', 'furniture', 'feed', 'hotel_supplies']
CATS = {'price', 'competitor', 'service', 'quality', 'communication', 'contact_change',
        'demand_reduction', 'non_renewal', 'channel_conflict'}
OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errors = []


def find(turns, ev, rep_only=False, turn=None):
    idx = [i for i, t in enumerate(turns) if ev in t['text'] and (not rep_only or t['speaker'] == 'rep')]
    if turn is not None:
        if turn not in idx:
            errors.append(f'evidence {ev!r} not in turn {turn}')
        return turn
    if len(idx) != 1:
        errors.append(f'evidence {ev!r} found in turns {idx}')
        return idx[0] if idx else -1
    return idx[0]


assert [c['n'] for c in CALLS] == list(range(1, 41))
for c in CALLS:
    cid = f"call-u97-{c['n']:02d}"
    turns, neg = [], []
    for line in c['turns'].strip().split('\n'):
        tag, text = line.split(' ', 1)
        sp = 'rep' if tag == 'R' else 'customer'
        if tag == 'C!':
            neg.append(len(turns))
        if BAD.search(text):
            errors.append(f'{cid}: bad char in {text!r}')
        turns.append({'speaker': sp, 'text': text})
    if not 8 <= len(turns) <= 30:
        errors.append(f'{cid}: {len(turns)} turns')
    sigs = []
    for s in c['sig']:
        cat, ev = s[0], s[1]
        assert cat in CATS, cat
        t = find(turns, ev, turn=s[2] if len(s) > 2 else None)
        sigs.append({'category': cat, 'turn': t, 'evidence': ev})
    sigs.sort(key=lambda s: (s['turn'], turns[s['turn']]['text'].find(s['evidence'])))
    if (c['risk'] == 'none') != (not sigs):
        errors.append(f'{cid}: risk {c["risk"]} with {len(sigs)} signals')
    qa = {k: k not in c['miss'] for k in ['greeting', 'self_intro', 'needs_discovery']}
    qa['forbidden_words'] = [{'turn': find(turns, e, True), 'evidence': e} for e in c['fw']]
    qa['over_promise'] = [{'turn': find(turns, e, True), 'evidence': e} for e in c['op']]
    qa['next_step'] = 'next_step' not in c['miss']
    qa['closing'] = 'closing' not in c['miss']
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = '您好' in reps[0] or '你好' in reps[0]
    if g != qa['greeting']:
        errors.append(f'{cid}: greeting heuristic {g}')
    cl = any(w in reps[-1] for w in ['谢谢', '感谢', '祝'])
    if cl != qa['closing']:
        errors.append(f'{cid}: closing heuristic {cl}')
    tags = c['tags']
    if qa['over_promise'] and 'over_promise' not in tags:
        errors.append(f'{cid}: over_promise tag missing')
    doc = {'id': cid, 'industry': IND[(c['n'] - 1) % 8], 'scenario': c['scen'], 'tags': tags,
           'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa,
                      'customer_negative_turns': neg}}
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write('\n')

print('\n'.join(errors) or 'build ok')
# stats
risk = Counter(c['risk'] for c in CALLS)
cats = Counter()
for c in CALLS:
    for cat in {s[0] for s in c['sig']}:
        cats[cat] += 1
print('risk', dict(risk))
print('calls per category', dict(cats.most_common()))
print('spans', sum(len(c['sig']) for c in CALLS))
miss = Counter(m for c in CALLS for m in c['miss'])
print('misses', dict(miss), 'calls with misses', sum(1 for c in CALLS if c['miss']))
print('fw calls', sum(1 for c in CALLS if c['fw']), 'op calls', sum(1 for c in CALLS if c['op']))
print('hard negatives', sum(1 for c in CALLS if 'hard_negative' in c['tags']),
      'negation', sum(1 for c in CALLS if 'negation' in c['tags']))
nt = [len(c['turns'].strip().split('\n')) for c in CALLS]
print('turns total', sum(nt), 'min', min(nt), 'max', max(nt), sorted(nt))
print('neg turns', sum(c['turns'].count('\nC! ') for c in CALLS))
