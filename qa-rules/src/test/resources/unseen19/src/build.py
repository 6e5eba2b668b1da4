import json, re, sys, glob, importlib.util, os
HERE = os.path.dirname(os.path.abspath(__file__))
CALLS = []
for f in sorted(glob.glob(os.path.join(HERE, 'calls_def*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    CALLS += m.CALLS
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
def find(turns, ev, who=None, where=''):
    hits = [i for i, t in enumerate(turns) if ev in t['text']]
    if len(hits) != 1:
        errs.append(f'{where}: evidence {ev!r} in turns {hits}'); return -1
    if who and turns[hits[0]]['speaker'] != who:
        errs.append(f'{where}: {ev!r} not in {who} turn')
    return hits[0]
for c in CALLS:
    cid = 'call-u19-%02d' % c['n']
    turns = []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        sp = {'R': 'rep', 'C': 'customer'}[line[0]]
        txt = line[1:].strip()
        if bad.search(txt): errs.append(f'{cid}: bad char in {txt}')
        turns.append({'speaker': sp, 'text': txt})
    sig = []
    for cat, ev in c.get('sig', []):
        sig.append({'category': cat, 'turn': find(turns, ev, None, cid), 'evidence': ev})
    q = c['q']
    fw = [{'turn': find(turns, e, 'rep', cid), 'evidence': e} for e in c.get('fw', [])]
    op = [{'turn': find(turns, e, 'rep', cid), 'evidence': e} for e in c.get('op', [])]
    neg = sorted(find(turns, e, 'customer', cid) for e in c.get('neg', []))
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = 'g' in q; cl = 'c' in q
    hasg = ('您好' in reps[0] or '你好' in reps[0])
    if g != hasg: errs.append(f'{cid}: greeting flag {g} vs text {hasg}')
    hasc = any(w in reps[-1] for w in ('谢', '祝'))
    if cl != hasc: errs.append(f'{cid}: closing flag {cl} vs text {hasc}')
    risk = c['risk']
    if (risk == 'none') != (len(sig) == 0): errs.append(f'{cid}: risk {risk} with {len(sig)} signals')
    if risk == 'low' and len(sig) != 1: errs.append(f'{cid}: low with {len(sig)} signals')
    n = len(turns)
    if not 8 <= n <= 30: errs.append(f'{cid}: {n} turns')
    if bad.search(c['scen']): errs.append(f'{cid}: bad char in scenario')
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'] + (['short'] if n <= 10 else []),
         'turns': turns,
         'labels': {'churn_risk': risk, 'churn_signals': sig,
                    'qa': {'greeting': g, 'self_intro': 's' in q, 'needs_discovery': 'n' in q,
                           'forbidden_words': fw, 'over_promise': op, 'next_step': 'x' in q, 'closing': cl},
                    'customer_negative_turns': neg}}
    with open(os.path.join(HERE, cid + '.json'), 'w') as fh:
        json.dump(d, fh, ensure_ascii=False, indent=2)
print(len(CALLS), 'calls built')
for e in errs: print('ERR', e)
