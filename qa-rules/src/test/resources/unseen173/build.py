import json, re, sys, importlib, collections
sys.path.insert(0, '.')
INDS = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
CATS = {'price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'}
errs = []
allc = []
for m in ['calls_1','calls_2','calls_3','calls_4']:
    try:
        allc += importlib.import_module(m).CALLS
    except ModuleNotFoundError:
        pass

def locate(turns, ev, turn=None, who=None):
    if turn is not None:
        if ev not in turns[turn]['text']:
            errs.append(f'evidence not in turn {turn}: {ev}')
        return turn
    hits = [i for i, t in enumerate(turns) if ev in t['text'] and (who is None or t['speaker'] == who)]
    if len(hits) != 1:
        errs.append(f'evidence {ev!r} found in turns {hits}')
        return hits[0] if hits else -1
    return hits[0]

sents = collections.defaultdict(list)
for c in allc:
    cid = 'call-u173-%02d' % c['n']
    turns, neg = [], []
    for i, s in enumerate(c['t']):
        tag, text = s.split(':', 1)
        sp = 'rep' if tag == 'R' else 'customer'
        if tag == 'C!': neg.append(i)
        if re.search(r'[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]', text): errs.append(f'{cid} t{i} latin/digit: {text}')
        if re.search(r'[,\.\?!:;]', text): errs.append(f'{cid} t{i} ascii punct: {text}')
        turns.append({'speaker': sp, 'text': text})
        for sn in re.split(r'[。！？]', text):
            if len(sn) >= 10: sents[sn].append(cid)
    sig = []
    for s in c['sig']:
        if len(s) == 2: cat, ev = s; tn = locate(turns, ev)
        else: cat, tn, ev = s; tn = locate(turns, ev, tn)
        if cat not in CATS: errs.append(f'{cid} bad cat {cat}')
        sig.append({'category': cat, 'turn': tn, 'evidence': ev})
    def spans(lst):
        out = []
        for ev in lst:
            tn = locate(turns, ev, who='rep')
            out.append({'turn': tn, 'evidence': ev})
        return out
    q = c['qa']
    qa = {'greeting': q[0] == '1', 'self_intro': q[1] == '1', 'needs_discovery': q[2] == '1',
          'forbidden_words': spans(c.get('fw', [])), 'over_promise': spans(c.get('op', [])),
          'next_step': q[3] == '1', 'closing': q[4] == '1'}
    if c['risk'] == 'none' and sig: errs.append(f'{cid} none with signals')
    if c['risk'] != 'none' and not sig: errs.append(f'{cid} {c["risk"]} without signals')
    first_rep = next(t for t in turns if t['speaker'] == 'rep')['text']
    if qa['greeting'] != ('您好' in first_rep[:20] or '你好' in first_rep[:20]): errs.append(f'{cid} greeting mismatch? {first_rep[:20]}')
    last_rep = [t for t in turns if t['speaker'] == 'rep'][-1]['text']
    if qa['closing'] != bool(re.search('谢|祝', last_rep)): errs.append(f'{cid} closing mismatch? {last_rep}')
    present = {x['category'] for x in sig}
    tg = [t for t in c['tags'] if t not in CATS or t in present]
    tg += sorted(present - set(tg))
    obj = {'id': cid, 'industry': c['ind'], 'scenario': c['sc'], 'tags': tg, 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sig, 'qa': qa, 'customer_negative_turns': neg}}
    json.dump(obj, open(cid + '.json', 'w'), ensure_ascii=False, indent=1)
for s, ids in sents.items():
    if len(ids) > 1: errs.append(f'repeated sentence {ids}: {s}')
# stats
print('calls', len(allc))
print('risk', collections.Counter(c['risk'] for c in allc))
print('ind', collections.Counter(c['ind'] for c in allc))
nt = [len(c['t']) for c in allc]
print('turns', sum(nt), 'long(20-30)', sum(20 <= x <= 30 for x in nt), 'short(10-19)', sum(10 <= x <= 19 for x in nt), 'other', [x for x in nt if not 10 <= x <= 30])
for e in errs: print('ERR', e)
print('errors', len(errs))
