import json, re, os, sys, collections
CALLS = []
IND = {'b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies'}
CATS = {'price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'}
def K(n, ind, risk, scen, tags, qa, body, sig=(), fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=tags.split(), qa=qa, body=body, sig=sig, fw=fw, op=op))
import builtins; builtins.K = K
for f in sorted(os.listdir('.')):
    if f.startswith('calls_') and f.endswith('.py'):
        exec(open(f).read(), {'K': K})
errs = []
def find(turns, ev, cid, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t['text']]
    if len(hits) != 1:
        errs.append(f'{cid}: evidence {ev!r} in turns {hits}'); return hits[0] if hits else 0
    if who and turns[hits[0]]['speaker'] not in who:
        errs.append(f'{cid}: evidence {ev!r} in {turns[hits[0]]["speaker"]} turn')
    return hits[0]
bad = re.compile(r'[\x00-\x7f]')
out = []
for c in CALLS:
    cid = 'call-e16-%02d' % c['n']
    turns, neg = [], []
    for line in c['body'].strip().split('\n'):
        line = line.strip()
        if not line: continue
        sp, txt = line.split(' ', 1) if ' ' in line else (line, '')
        txt = txt.strip()
        if bad.search(txt): errs.append(f'{cid}: ascii in {txt!r}')
        if sp == 'R': turns.append({'speaker': 'rep', 'text': txt})
        elif sp in ('C', 'C!'):
            if sp == 'C!': neg.append(len(turns))
            turns.append({'speaker': 'customer', 'text': txt})
        else: errs.append(f'{cid}: bad line {line!r}')
    sigs = []
    for s in c['sig']:
        cat, ev = s[0], s[1]
        if cat not in CATS: errs.append(f'{cid}: cat {cat}')
        who = ('rep', 'customer') if cat == 'contact_change' else ('customer',)
        t = s[2] if len(s) > 2 else find(turns, ev, cid, who)
        if ev not in turns[t]['text']: errs.append(f'{cid}: {ev} not in {t}')
        sigs.append({'category': cat, 'turn': t, 'evidence': ev})
    fw = [{'turn': find(turns, e, cid, ('rep',)), 'evidence': e} for e in c['fw']]
    op = [{'turn': find(turns, e, cid, ('rep',)), 'evidence': e} for e in c['op']]
    q = c['qa']
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = 'g' in q; cl = 'c' in q
    if g != (('您好' in reps[0]) or ('你好' in reps[0])): errs.append(f'{cid}: greeting mismatch')
    if cl != any(w in reps[-1] for w in ('谢谢', '感谢', '祝')): errs.append(f'{cid}: closing mismatch')
    if (c['risk'] == 'none') != (len(sigs) == 0): errs.append(f'{cid}: risk/signal mismatch')
    if c['ind'] not in IND: errs.append(f'{cid}: ind')
    if not 8 <= len(turns) <= 30: errs.append(f'{cid}: {len(turns)} turns')
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'], 'turns': turns,
         'labels': {'churn_risk': c['risk'], 'churn_signals': sigs,
                    'qa': {'greeting': g, 'self_intro': 's' in q, 'needs_discovery': 'n' in q,
                           'forbidden_words': fw, 'over_promise': op, 'next_step': 'x' in q, 'closing': cl},
                    'customer_negative_turns': neg}}
    out.append(d)
for e in errs: print('ERR', e)
ids = [d['id'] for d in out]
print(len(out), 'calls', 'dups' if len(set(ids)) != len(ids) else '')
if '--write' in sys.argv:
    for d in out:
        json.dump(d, open(f'../{d["id"]}.json', 'w'), ensure_ascii=False, indent=1)
# stats
C = collections.Counter
print('risk', C(d['labels']['churn_risk'] for d in out))
print('ind', C(d['industry'] for d in out))
cat = C(); 
for d in out:
    for k in {s['category'] for s in d['labels']['churn_signals']}: cat[k] += 1
print('cat calls', dict(cat), 'spans', sum(len(d['labels']['churn_signals']) for d in out))
L = [len(d['turns']) for d in out]
print('len short', sum(l <= 10 for l in L), 'med', sum(11 <= l <= 16 for l in L), 'long', sum(l >= 17 for l in L), 'turns', sum(L))
for k in ('greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing'):
    print(k, 'missing', sum(not d['labels']['qa'][k] for d in out))
print('fw calls', sum(bool(d['labels']['qa']['forbidden_words']) for d in out), 'op calls', sum(bool(d['labels']['qa']['over_promise']) for d in out))
print('neg turns', sum(len(d['labels']['customer_negative_turns']) for d in out))
print('hard_neg', sum('hard_negative' in d['tags'] for d in out))
