import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
CALLS = []
for m in ['calls_a', 'calls_b', 'calls_c', 'calls_d']:
    try:
        mod = __import__(m)
    except ModuleNotFoundError:
        continue
    CALLS += mod.CALLS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
errs = []
stats = collections.Counter()
for c in CALLS:
    cid = 'call-e12-%02d' % c['n']
    turns, neg = [], []
    for line in c['t'].strip().split('\n'):
        sp, txt = line.split('|', 1)
        txt = txt.strip()
        if BAD.search(txt):
            errs.append((cid, 'bad char', txt[:20], BAD.findall(txt)))
        spk = 'rep' if sp[0] == 'R' else 'customer'
        if '!' in sp:
            assert spk == 'customer'
            neg.append(len(turns))
        turns.append({'speaker': spk, 'text': txt})
    if not (8 <= len(turns) <= 30):
        errs.append((cid, 'len', len(turns)))
    def find(ev, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if len(hits) != 1:
            errs.append((cid, 'evidence hits', ev, hits))
            return -1
        if rep_only and turns[hits[0]]['speaker'] != 'rep':
            errs.append((cid, 'not rep', ev))
        return hits[0]
    sigs = [{'category': cat, 'turn': find(ev), 'evidence': ev} for cat, ev in c['sig']]
    sigs.sort(key=lambda s: s['turn'])
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0]) or ('你好' in reps[0])
    cl = any(w in reps[-1] for w in ['谢谢', '感谢', '祝'])
    if 'g' in c and c['g'] != g: errs.append((cid, 'greeting mismatch'))
    if 'cl' in c and c['cl'] != cl: errs.append((cid, 'closing mismatch'))
    qa = {'greeting': g, 'self_intro': bool(c.get('si', 1)), 'needs_discovery': bool(c.get('nd', 1)),
          'forbidden_words': [{'turn': find(e, True), 'evidence': e} for e in c.get('fw', [])],
          'over_promise': [{'turn': find(e, True), 'evidence': e} for e in c.get('op', [])],
          'next_step': bool(c.get('ns', 1)), 'closing': cl}
    risk = c['risk']
    if risk == 'none' and sigs: errs.append((cid, 'none with signals'))
    if risk != 'none' and not sigs: errs.append((cid, 'no signals'))
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'], 'turns': turns,
         'labels': {'churn_risk': risk, 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    L = len(turns)
    stats['len_' + ('S' if L <= 10 else 'M' if L <= 16 else 'L')] += 1
    stats['risk_' + risk] += 1
    stats['ind_' + c['ind']] += 1
    for cat in set(s['category'] for s in sigs): stats['cat_' + cat] += 1
    stats['spans'] += len(sigs)
    stats['turns'] += L
    stats['negturns'] += len(neg)
    if 'hard_negative' in c['tags']: stats['hard_negative'] += 1
    for k in ['greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing']:
        if not qa[k]: stats['miss_' + k] += 1
    if qa['forbidden_words']: stats['calls_forbidden'] += 1
    if qa['over_promise']: stats['calls_overpromise'] += 1
for e in errs: print('ERR', e)
print(len(CALLS), 'calls')
for k in sorted(stats): print(k, stats[k])
