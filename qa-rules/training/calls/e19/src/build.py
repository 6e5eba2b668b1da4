import json, re, sys, collections
sys.path.insert(0, '/tmp/e19')
from calls_def import SRC
CAT = dict(pr='price', co='competitor', se='service', qu='quality', cm='communication', cc='contact_change',
           dr='demand_reduction', nr='non_renewal', ch='channel_conflict')
IND = dict(saas='b2b_saas', ind='industrial_equipment', tel='telecom', bank='bank_wealth', fmcg='fmcg_distribution',
           furn='furniture', feed='feed', hotel='hotel_supplies')
EXT = {}
for part in open('/tmp/e19/ext.txt').read().split('###')[1:]:
    ls = [l.strip() for l in part.strip().split('\n') if l.strip()]
    a, k = ls[0].split(); EXT[int(a)] = (int(k), ls[1:])
blocks = [b.strip() for b in SRC.split('===') if b.strip()]
out = []; errs = []
for n, b in enumerate(blocks, 1):
    lines = [l.strip() for l in b.split('\n') if l.strip()]
    if n in EXT:
        k, extra = EXT[n]
        lines = lines[:2+k+1] + extra + lines[2+k+1:]
    ind, risk, qa, *tags = lines[0].split()
    tags = tags[0].split(',') if tags else []
    scen = lines[1]
    turns = []; sigs = []; fw = []; op = []; neg = []
    for l in lines[2:]:
        sp, txt = l.split(" ", 1); txt = txt.strip()
        i = len(turns)
        spk = 'rep' if sp.startswith('R') else 'customer'
        if sp.endswith('!'): neg.append(i)
        def rep(m):
            k, e = m.group(1), m.group(2)
            if k == 'fw': fw.append({'turn': i, 'evidence': e})
            elif k == 'op': op.append({'turn': i, 'evidence': e})
            else: sigs.append({'category': CAT[k], 'turn': i, 'evidence': e})
            return e
        clean = re.sub(r'\{(\w+):([^{}]+)\}', rep, txt)
        turns.append({'speaker': spk, 'text': clean})
    cid = 'call-e19-%02d' % n
    for s in sigs + fw + op:
        hits = [j for j, t in enumerate(turns) if s['evidence'] in t['text']]
        if hits != [s['turn']]: errs.append((cid, s, hits))
    for s in fw + op:
        if turns[s['turn']]['speaker'] != 'rep': errs.append((cid, 'qa span in customer turn', s))
    for j in neg:
        if turns[j]['speaker'] != 'customer': errs.append((cid, 'neg not customer', j))
    for t in turns:
        if re.search(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]', t['text']): errs.append((cid, 'ascii', t['text']))
    if risk == 'none' and sigs: errs.append((cid, 'none with signals'))
    if risk != 'none' and not sigs: errs.append((cid, 'no signals'))
    nt = len(turns)
    for j in range(1, nt):
        if turns[j]['speaker'] == turns[j-1]['speaker']: errs.append((cid, 'same speaker twice', j))
    if not 8 <= nt <= 30: errs.append((cid, 'turns', nt))
    if nt <= 10: tags.append('short')
    tags += sorted({s['category'] for s in sigs} - set(tags))
    d = {'id': cid, 'industry': IND[ind], 'scenario': scen, 'tags': tags, 'turns': turns,
         'labels': {'churn_risk': risk, 'churn_signals': sigs,
                    'qa': {'greeting': 'g' in qa, 'self_intro': 's' in qa, 'needs_discovery': 'n' in qa,
                           'forbidden_words': fw, 'over_promise': op, 'next_step': 'x' in qa, 'closing': 'c' in qa},
                    'customer_negative_turns': neg}}
    out.append(d)
for e in errs: print('ERR', e)
if '--write' in sys.argv:
    for d in out:
        json.dump(d, open('/work/data/train-e19/%s.json' % d['id'], 'w'), ensure_ascii=False, indent=1)
C = collections.Counter
print(len(out), 'calls')
print('risk', C(d['labels']['churn_risk'] for d in out))
print('ind', C(d['industry'] for d in out))
print('len', C('S' if len(d['turns'])<=10 else 'M' if len(d['turns'])<=16 else 'L' for d in out))
print('cat calls', C(c for d in out for c in {s['category'] for s in d['labels']['churn_signals']}))
print('spans', sum(len(d['labels']['churn_signals']) for d in out))
print('hardneg', sum('hard_negative' in d['tags'] for d in out))
for k in ['greeting','self_intro','needs_discovery','next_step','closing']:
    print('miss', k, sum(not d['labels']['qa'][k] for d in out))
print('fw calls', sum(bool(d['labels']['qa']['forbidden_words']) for d in out), 'op calls', sum(bool(d['labels']['qa']['over_promise']) for d in out))
print('neg turns', sum(len(d['labels']['customer_negative_turns']) for d in out))
print('riskxind', C((d['industry'][:5], d['labels']['churn_risk']) for d in out))
