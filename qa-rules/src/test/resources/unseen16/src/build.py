import json, re, sys, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('cd', os.path.join(here, 'calls_def.py'))
cd = importlib.util.module_from_spec(spec); spec.loader.exec_module(cd)
errs = []
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
for c in cd.CALLS:
    cid = 'call-u16-%02d' % c['n']
    turns = []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        sp, txt = line[0], line[1:].strip()
        turns.append({'speaker': {'R': 'rep', 'C': 'customer'}[sp], 'text': txt})
        if bad.search(txt): errs.append((cid, 'ascii', txt))
    def chk(t, ev, who):
        if t >= len(turns): errs.append((cid, 'idx', t, ev)); return
        if who and turns[t]['speaker'] != who: errs.append((cid, 'speaker', t, ev))
        hits = [i for i, x in enumerate(turns) if ev in x['text']]
        if hits != [t]: errs.append((cid, 'evid', t, ev, hits))
    for cat, t, ev in c['sig']: chk(t, ev, None)
    for t, ev in c['fw'] + c['op']: chk(t, ev, 'rep')
    for t in c['neg']:
        if turns[t]['speaker'] != 'customer': errs.append((cid, 'neg', t))
    q = c['qa']
    rep = [x['text'] for x in turns if x['speaker'] == 'rep']
    g = ('您好' in rep[0] or '你好' in rep[0])
    if g != ('g' in q): errs.append((cid, 'greeting mismatch'))
    cl = any(k in rep[-1] for k in ('谢', '祝'))
    if cl != ('c' in q): errs.append((cid, 'closing mismatch'))
    risk = c['risk']
    if (risk == 'none') != (not c['sig']): errs.append((cid, 'risk/sig'))
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['sc'], 'tags': c['tags'], 'turns': turns,
         'labels': {'churn_risk': risk,
                    'churn_signals': [{'category': a, 'turn': b, 'evidence': e} for a, b, e in c['sig']],
                    'qa': {'greeting': 'g' in q, 'self_intro': 's' in q, 'needs_discovery': 'n' in q,
                           'forbidden_words': [{'turn': a, 'evidence': b} for a, b in c['fw']],
                           'over_promise': [{'turn': a, 'evidence': b} for a, b in c['op']],
                           'next_step': 'x' in q, 'closing': 'c' in q},
                    'customer_negative_turns': c['neg']}}
    json.dump(d, open(os.path.join(here, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
for e in errs: print(e)
print(len(cd.CALLS), 'calls', len(errs), 'errors')
