import json, re, sys, collections, importlib
sys.path.insert(0, '/work/data/unseen226')
QAK = ['greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing']
CATS = {'price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'}
IND = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
calls = []
for m in ['calls_1','calls_2','calls_3','calls_4']:
    calls += importlib.import_module(m).CALLS
errs = []
sent_seen = {}
for c in calls:
    n = c['n']; cid = 'call-u226-%02d' % n
    turns = []
    for line in c['turns'].strip().split('\n'):
        sp, txt = line.split(':', 1)
        turns.append({'speaker': {'R': 'rep', 'C': 'customer'}[sp.strip()], 'text': txt.strip()})
    T = len(turns)
    if not 10 <= T <= 30: errs.append((cid, 'turns', T))
    for i, t in enumerate(turns):
        if re.search(r'[A-Za-z0-9,.?!:;]', t['text']): errs.append((cid, 'latin/ascii', i, t['text']))
        for s in re.split(r'[。？！；]', t['text']):
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: errs.append((cid, 'dup sentence', s, sent_seen[s]))
                sent_seen[s] = cid
    def span(turn, ev, who=None):
        if not (0 <= turn < T): errs.append((cid, 'turn range', turn, ev)); return
        if ev not in turns[turn]['text']: errs.append((cid, 'evidence not substring', turn, ev))
        if who and turns[turn]['speaker'] != who: errs.append((cid, 'speaker', turn, ev))
    sigs = []
    for cat, turn, ev in c.get('sig', []):
        if cat not in CATS: errs.append((cid, 'cat', cat))
        span(turn, ev); sigs.append({'category': cat, 'turn': turn, 'evidence': ev})
    if (c['risk'] == 'none') != (len(sigs) == 0): errs.append((cid, 'risk/signals mismatch'))
    qa = {k: v == '1' for k, v in zip(QAK, c['qa'])}
    fw = [{'turn': t, 'evidence': e} for t, e in c.get('fw', [])]
    op = [{'turn': t, 'evidence': e} for t, e in c.get('op', [])]
    for s in fw + op: span(s['turn'], s['evidence'], 'rep')
    for i in c.get('neg', []):
        if turns[i]['speaker'] != 'customer': errs.append((cid, 'neg not customer', i))
    first_rep = next(t['text'] for t in turns if t['speaker'] == 'rep')
    if qa['greeting'] != (('您好' in first_rep) or ('你好' in first_rep)): errs.append((cid, 'greeting check'))
    tags = list(c['tags']) + [k for k in dict.fromkeys(x['category'] for x in sigs) if k not in c['tags']]
    out = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': tags, 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs,
                      'qa': {'greeting': qa['greeting'], 'self_intro': qa['self_intro'], 'needs_discovery': qa['needs_discovery'],
                             'forbidden_words': fw, 'over_promise': op, 'next_step': qa['next_step'], 'closing': qa['closing']},
                      'customer_negative_turns': sorted(c.get('neg', []))}}
    c['_out'] = out
    json.dump(out, open('/work/data/unseen226/%s.json' % cid, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('calls', len(calls), sorted(collections.Counter(c['n'] for c in calls).values())[-1:])
print('risk', collections.Counter(c['risk'] for c in calls))
print('industry', collections.Counter(c['ind'] for c in calls))
print('long(>=20)', sum(len(c['_out']['turns']) >= 20 for c in calls), 'total turns', sum(len(c['_out']['turns']) for c in calls))
cc = collections.Counter(); spans = 0
for c in calls:
    s = c['_out']['labels']['churn_signals']; spans += len(s)
    for k in {x['category'] for x in s}: cc[k] += 1
print('categories (calls)', dict(cc.most_common()), 'spans', spans)
qm = collections.Counter()
for c in calls:
    q = c['_out']['labels']['qa']
    for k in QAK:
        if not q[k]: qm[k + '_missing'] += 1
    if q['forbidden_words']: qm['forbidden_calls'] += 1
    if q['over_promise']: qm['over_promise_calls'] += 1
print('qa', dict(qm), 'neg turns', sum(len(c['_out']['labels']['customer_negative_turns']) for c in calls))
tg = collections.Counter(t for c in calls for t in c['_out']['tags'])
print('tags', dict(tg.most_common()))
for e in errs: print('ERR', e)
print('errors', len(errs))
