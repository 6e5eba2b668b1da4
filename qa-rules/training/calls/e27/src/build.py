import json, re, sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
CALLS = []
def C(ind, risk, scen, tags, text, sig=(), snx="111", fw=(), op=(), neg=(), first="rep"):
    CALLS.append(dict(ind=ind, risk=risk, scen=scen, tags=list(tags), text=text, sig=sig, snx=snx, fw=fw, op=op, neg=neg, first=first))
REPL = {}
def R(n, *a, **k):
    C(*a, **k); REPL[n] = CALLS.pop()
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'calls_def*.py'))):
    exec(open(f).read(), {'C': C, 'R': R})
for n, c in REPL.items(): CALLS[n-1] = c
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
for i, c in enumerate(CALLS, 1):
    cid = 'call-e27-%02d' % i
    lines = [l.strip() for l in c['text'].strip().split('\n') if l.strip()]
    sp = ['rep', 'customer'] if c['first'] == 'rep' else ['customer', 'rep']
    turns = [{'speaker': sp[k % 2], 'text': t} for k, t in enumerate(lines)]
    def chk(t, ev, who=None, what=''):
        if t >= len(turns): errs.append((cid, what, t, 'range')); return
        if ev not in turns[t]['text']: errs.append((cid, what, t, ev, 'not in turn'))
        n = sum(ev in x['text'] for x in turns)
        if n != 1: errs.append((cid, what, t, ev, 'in %d turns' % n))
        if who and turns[t]['speaker'] != who: errs.append((cid, what, t, 'speaker'))
    for t in turns:
        if bad.search(t['text']): errs.append((cid, 'ascii', t['text']))
    for t, cat, ev in c['sig']: chk(t, ev, None, cat)
    for t, ev in c['fw']: chk(t, ev, 'rep', 'fw')
    for t, ev in c['op']: chk(t, ev, 'rep', 'op')
    for t in c['neg']:
        if turns[t]['speaker'] != 'customer': errs.append((cid, 'neg', t))
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0]) or ('你好' in reps[0])
    cl = any(w in reps[-1] for w in ('谢谢', '感谢', '祝'))
    if (c['risk'] == 'none') != (len(c['sig']) == 0): errs.append((cid, 'risk/sig'))
    s, n, x = [ch == '1' for ch in c['snx']]
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'],
         'tags': c['tags'] + (['short'] if len(turns) <= 10 else []) + sorted({cat for _, cat, _ in c['sig']}),
         'turns': turns,
         'labels': {'churn_risk': c['risk'],
                    'churn_signals': [{'category': cat, 'turn': t, 'evidence': ev} for t, cat, ev in sorted(c['sig'], key=lambda x: x[0])],
                    'qa': {'greeting': g, 'self_intro': s, 'needs_discovery': n,
                           'forbidden_words': [{'turn': t, 'evidence': ev} for t, ev in c['fw']],
                           'over_promise': [{'turn': t, 'evidence': ev} for t, ev in c['op']],
                           'next_step': x, 'closing': cl},
                    'customer_negative_turns': sorted(c['neg'])}}
    d['tags'] = list(dict.fromkeys(d['tags']))
    json.dump(d, open(os.path.join(out, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
for e in errs: print(e)
print(len(CALLS), 'calls', len(errs), 'errors')
