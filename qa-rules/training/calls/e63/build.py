# Builds call-e63-NN.json from calls_1..4.py and checks labels.
import json, os, re, sys, importlib, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
IND = {'saas': 'b2b_saas', 'ind': 'industrial_equipment', 'tel': 'telecom', 'bank': 'bank_wealth',
       'fmcg': 'fmcg_distribution', 'furn': 'furniture', 'feed': 'feed', 'hotel': 'hotel_supplies'}
CATS = {'price', 'competitor', 'service', 'quality', 'communication', 'contact_change',
        'demand_reduction', 'non_renewal', 'channel_conflict'}
QK = {'G': 'greeting', 'S': 'self_intro', 'N': 'needs_discovery', 'X': 'next_step', 'C': 'closing'}
calls = []
for m in ['calls_1', 'calls_2', 'calls_3', 'calls_4']:
    try:
        calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass
errs = []
def err(cid, msg): errs.append(f'{cid}: {msg}')
sent_seen = {}
stats = collections.Counter()
for c in calls:
    cid = f"call-e63-{c['n']:02d}"
    first = c.get('first', 'rep')
    other = 'customer' if first == 'rep' else 'rep'
    turns, neg = [], []
    for i, t in enumerate(c['t']):
        spk = first if i % 2 == 0 else other
        if t.startswith('!'):
            t = t[1:]
            neg.append(i)
            if spk != 'customer': err(cid, f'neg mark on rep turn {i}')
        if re.search(r'[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]', t): err(cid, f'latin/digit in turn {i}: {t}')
        if re.search(r'[,.?!:;]', t): err(cid, f'ascii punctuation in turn {i}')
        turns.append({'speaker': spk, 'text': t})
        for s in re.split(r'[。！？；…]', t):
            s = s.strip('，、 ')
            if len(s) >= 8:
                if s in sent_seen and sent_seen[s] != cid: err(cid, f'sentence reused from {sent_seen[s]}: {s}')
                sent_seen.setdefault(s, cid)
    def loc(ev, turn=None, who=None):
        hits = [i for i, t in enumerate(turns) if ev in t['text'] and (who is None or t['speaker'] == who)]
        if turn is not None:
            if turn not in hits: err(cid, f'evidence not in turn {turn}: {ev}')
            return turn
        if len(hits) != 1: err(cid, f'evidence found in {hits}: {ev}'); return hits[0] if hits else -1
        return hits[0]
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        if cat not in CATS: err(cid, f'bad category {cat}')
        sigs.append({'category': cat, 'turn': loc(ev, s[2] if len(s) > 2 else None), 'evidence': ev})
    qa = {}
    miss = c.get('miss', '')
    for k, name in QK.items():
        qa[name] = k not in miss
    qa = {'greeting': qa['greeting'], 'self_intro': qa['self_intro'], 'needs_discovery': qa['needs_discovery'],
          'forbidden_words': [{'turn': loc(e, None, 'rep'), 'evidence': e} for e in c.get('fw', [])],
          'over_promise': [{'turn': loc(e, None, 'rep'), 'evidence': e} for e in c.get('op', [])],
          'next_step': qa['next_step'], 'closing': qa['closing']}
    risk = c['risk']
    if risk == 'none' and sigs: err(cid, 'none with signals')
    if risk != 'none' and not sigs: err(cid, f'{risk} without signals')
    # heuristics for greeting / closing
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: err(cid, f'greeting heuristic {g} vs label {qa["greeting"]}')
    cl = any(w in reps[-1] for w in ('谢', '祝', '感谢'))
    if cl != qa['closing']: err(cid, f'closing heuristic {cl} vs label {qa["closing"]}')
    n = len(turns)
    if not 10 <= n <= 30: err(cid, f'{n} turns')
    tags = list(c.get('tags', []))
    for s in sigs:
        if s['category'] not in tags: tags.append(s['category'])
    obj = {'id': cid, 'industry': IND[c['ind']], 'scenario': c['sc'], 'tags': tags, 'turns': turns,
           'labels': {'churn_risk': risk, 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    with open(os.path.join(HERE, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    stats['risk_' + risk] += 1; stats['ind_' + obj['industry']] += 1; stats['turns'] += n
    stats['long' if n >= 20 else 'short'] += 1
    for s in sigs: stats['sig_' + s['category']] += 1
    for cat in {s['category'] for s in sigs}: stats['calls_' + cat] += 1
    for k, name in QK.items():
        if not qa[name]: stats['miss_' + name] += 1
    if qa['forbidden_words']: stats['calls_forbidden'] += 1
    if qa['over_promise']: stats['calls_overpromise'] += 1
    stats['neg_turns'] += len(neg)
    for t in ('hard_negative', 'negation', 'ambiguous', 'big_account', 'silent_churn'):
        if t in tags: stats['tag_' + t] += 1
    print(f"{cid} {obj['industry']:20s} {risk:6s} turns={n:2d} sigs={len(sigs)} miss={miss or '-'} neg={len(neg)}")
ids = [c['n'] for c in calls]
if len(set(ids)) != len(ids): errs.append('duplicate ids')
for k in sorted(stats): print(k, stats[k])
print('\n'.join(errs) if errs else 'build: 0 errors')
