import json, re, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
order = list(range(len(CALLS))); random.Random(30).shuffle(order)
errs = []
def locate(turns, ev, t=None, who=None, cid=''):
    hits = [i for i, x in enumerate(turns) if ev in x['text']]
    if t is None:
        if len(hits) != 1: errs.append(f'{cid}: evidence {ev!r} in turns {hits}'); return -1
        t = hits[0]
    elif t not in hits: errs.append(f'{cid}: {ev!r} not in turn {t}')
    if who and turns[t]['speaker'] != who: errs.append(f'{cid}: {ev!r} not in {who} turn')
    return t
for n, k in enumerate(order, 1):
    c = CALLS[k]; cid = f'call-u30-{n:02d}'
    turns, neg = [], []
    for i, line in enumerate(c['turns']):
        tag, text = line.split(':', 1)
        if bad.search(text): errs.append(f'{cid}: bad char in turn {i}: {text}')
        turns.append({'speaker': 'rep' if tag == 'R' else 'customer', 'text': text})
        if tag == 'C!': neg.append(i)
    for i in range(len(turns)):
        if turns[i]['speaker'] != ('rep' if i % 2 == 0 else 'customer'): pass
    sig = []
    for s in c['sig']:
        t = locate(turns, s[1], s[2] if len(s) > 2 else None, None, cid)
        sig.append({'category': s[0], 'turn': t, 'evidence': s[1]})
    fw = [{'turn': locate(turns, e, None, 'rep', cid), 'evidence': e} for e in c['fw']]
    op = [{'turn': locate(turns, e, None, 'rep', cid), 'evidence': e} for e in c['op']]
    m = c['miss']
    qa = {'greeting': 'g' not in m, 'self_intro': 's' not in m, 'needs_discovery': 'n' not in m,
          'forbidden_words': fw, 'over_promise': op, 'next_step': 'x' not in m, 'closing': 'c' not in m}
    if (c['risk'] == 'none') != (not sig): errs.append(f'{cid}: risk/signals mismatch')
    if not (8 <= len(turns) <= 30): errs.append(f'{cid}: turn count')
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'].split(),
         'turns': turns, 'labels': {'churn_risk': c['risk'], 'churn_signals': sig, 'qa': qa,
         'customer_negative_turns': neg}}
    json.dump(d, open(os.path.join(OUT, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
print('\n'.join(errs) or 'build ok', len(CALLS))
