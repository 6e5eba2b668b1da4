#!/usr/bin/env python3
"""Build call-e6-NN.json from calls_def.py and check the labels mechanically."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from calls_def import CALLS

CATS = ['price', 'competitor', 'service', 'quality', 'communication', 'contact_change',
        'demand_reduction', 'non_renewal', 'channel_conflict']
INDS = ['b2b_saas', 'industrial_equipment', 'telecom', 'bank_wealth', 'fmcg_distribution',
        'furniture', 'feed', 'hotel_supplies']
BAD = re.compile(r'[\x00-\x7f０-９Ａ-Ｚａ-ｚ]')
errs, warns = [], []


def find(turns, ev, where, speaker=None):
    hits = [i for i, t in enumerate(turns) if ev in t['text']]
    if len(hits) != 1:
        errs.append(f'{where}: evidence {ev!r} found in turns {hits}')
        return None
    if speaker and turns[hits[0]]['speaker'] != speaker:
        errs.append(f'{where}: evidence {ev!r} not in a {speaker} turn')
    return hits[0]


out = []
for c in CALLS:
    cid = 'call-e6-%02d' % c['n']
    turns, neg = [], []
    for line in c['turns'].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(' ', 1)
        text = text.strip()
        if tag == 'C!':
            neg.append(len(turns))
        turns.append({'speaker': 'rep' if tag == 'R' else 'customer', 'text': text})
        assert tag in ('R', 'C', 'C!'), (cid, tag)
    for i, t in enumerate(turns):
        if BAD.search(t['text']):
            errs.append(f'{cid} turn {i}: non-Chinese char {BAD.findall(t["text"])}')
    for s in [c['scen']]:
        if BAD.search(s):
            errs.append(f'{cid} scenario: non-Chinese char')
    if not 8 <= len(turns) <= 30:
        errs.append(f'{cid}: {len(turns)} turns')
    sigs = []
    for cat, ev in c['sig']:
        if cat not in CATS:
            errs.append(f'{cid}: bad category {cat}')
        i = find(turns, ev, cid)
        if i is not None:
            sigs.append({'category': cat, 'turn': i, 'evidence': ev})
    sigs.sort(key=lambda s: (s['turn'], turns[s['turn']]['text'].index(s['evidence'])))
    fw = []
    for ev in c['fw']:
        i = find(turns, ev, cid, 'rep')
        if i is not None:
            fw.append({'turn': i, 'evidence': ev})
    op = []
    for ev in c['op']:
        i = find(turns, ev, cid, 'rep')
        if i is not None:
            op.append({'turn': i, 'evidence': ev})
    g, si, nd, ns, cl = [ch == '1' for ch in c['qa']]
    reps = [t for t in turns if t['speaker'] == 'rep']
    # heuristic cross-checks of the hand-set booleans
    if g != bool(re.search('您好|你好', reps[0]['text'])):
        warns.append(f'{cid}: greeting={g} vs first rep turn')
    if cl != bool(re.search('谢|祝', reps[-1]['text'])):
        warns.append(f'{cid}: closing={cl} vs last rep turn {reps[-1]["text"]}')
    if c['risk'] == 'none' and sigs:
        errs.append(f'{cid}: none with signals')
    if c['risk'] != 'none' and not sigs:
        errs.append(f'{cid}: {c["risk"]} without signals')
    if c['risk'] == 'low' and len(sigs) != 1:
        warns.append(f'{cid}: low with {len(sigs)} signals')
    if c['ind'] not in INDS:
        errs.append(f'{cid}: industry {c["ind"]}')
    for i in neg:
        assert turns[i]['speaker'] == 'customer'
    tags = list(c['tags'])
    for s in sigs:
        if s['category'] not in tags:
            tags.append(s['category'])
    for extra, cond in (('over_promise', op), ('short', len(turns) <= 10)):
        if cond and extra not in tags:
            tags.append(extra)
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': tags, 'turns': turns,
         'labels': {'churn_risk': c['risk'], 'churn_signals': sigs,
                    'qa': {'greeting': g, 'self_intro': si, 'needs_discovery': nd,
                           'forbidden_words': fw, 'over_promise': op,
                           'next_step': ns, 'closing': cl},
                    'customer_negative_turns': neg}}
    out.append(d)

ids = [d['id'] for d in out]
assert len(ids) == len(set(ids))
for e in errs:
    print('ERROR', e)
for w in warns:
    print('warn ', w)
if errs:
    sys.exit(1)
for d in out:
    with open(os.path.join(HERE, d['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write('\n')

# distribution
C = collections.Counter
L = [d['labels'] for d in out]
print('calls', len(out), 'turns', sum(len(d['turns']) for d in out))
print('industry', dict(C(d['industry'] for d in out)))
print('risk', dict(C(l['churn_risk'] for l in L)))
print('calls per category', {k: sum(1 for l in L if any(s['category'] == k for s in l['churn_signals'])) for k in CATS})
print('signal spans', sum(len(l['churn_signals']) for l in L),
      dict(C(s['category'] for l in L for s in l['churn_signals'])))
n = [len(d['turns']) for d in out]
print('length short(8-10)', sum(x <= 10 for x in n), 'medium(11-16)', sum(11 <= x <= 16 for x in n),
      'long(17-30)', sum(x >= 17 for x in n))
print('hard negatives', sum('hard_negative' in d['tags'] for d in out))
for k in ('greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing'):
    print(f'  {k} missing', sum(not l['qa'][k] for l in L))
print('  forbidden_words calls', sum(bool(l['qa']['forbidden_words']) for l in L),
      'spans', sum(len(l['qa']['forbidden_words']) for l in L))
print('  over_promise calls', sum(bool(l['qa']['over_promise']) for l in L),
      'spans', sum(len(l['qa']['over_promise']) for l in L))
print('negative customer turns', sum(len(l['customer_negative_turns']) for l in L))
