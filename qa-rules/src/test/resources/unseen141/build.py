import json, re, sys, collections
sys.path.insert(0, '.')
from calls_def import CALLS
INDUSTRIES = ["b2b_saas","industrial_equipment","telecom","bank_wealth","fmcg_distribution","furniture","feed","hotel_supplies"]
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errs = []
def locate(turns, ev, speaker=None, hint=None):
    hits = [i for i,t in enumerate(turns) if ev in t['text'] and (speaker is None or t['speaker']==speaker)]
    if hint is not None:
        if hint in hits: return hint
        errs.append(f'hint {hint} wrong for {ev}'); return -1
    if len(hits)!=1: errs.append(f'evidence {ev!r} hits {hits}'); return -1
    return hits[0]
out = []
for c in CALLS:
    cid = c['id']
    turns = []
    for line in c['turns'].strip().split('\n'):
        line=line.strip()
        if not line: continue
        sp, tx = line.split('：',1) if line[1]=='：' else line.split(':',1)
        turns.append({'speaker': {'R':'rep','C':'customer'}[sp.strip()], 'text': tx.strip()})
    for i,t in enumerate(turns):
        if BAD.search(t['text']): errs.append(f'{cid} turn {i} bad char: {BAD.findall(t["text"])}')
    if not 8 <= len(turns) <= 30: errs.append(f'{cid} has {len(turns)} turns')
    if turns[0]['speaker']!='rep' and 'inbound' not in c['tags']: pass
    sigs=[]
    for s in c.get('sig',[]):
        cat, ev = s[0], s[1]; hint = s[2] if len(s)>2 else None
        ti = locate(turns, ev, None, hint)
        sigs.append({'category':cat,'turn':ti,'evidence':ev})
    if (c['risk']=='none') != (not sigs): errs.append(f'{cid} risk/signal mismatch')
    miss = set(c.get('miss','').split(',')) - {''}
    qa = {k: k not in miss for k in ['greeting','self_intro','needs_discovery']}
    qa['forbidden_words'] = [{'turn':locate(turns,e,'rep'),'evidence':e} for e in c.get('fw',[])]
    qa['over_promise'] = [{'turn':locate(turns,e,'rep'),'evidence':e} for e in c.get('op',[])]
    qa['next_step'] = 'next_step' not in miss
    qa['closing'] = 'closing' not in miss
    reps = [t['text'] for t in turns if t['speaker']=='rep']
    g = ('您好' in reps[0]) or ('你好' in reps[0])
    if g != qa['greeting']: errs.append(f'{cid} greeting heuristic {g}')
    cl = any(w in reps[-1] for w in ['谢谢','感谢','祝','多谢'])
    if cl != qa['closing']: errs.append(f'{cid} closing heuristic {cl}')
    neg = sorted(locate(turns, e, 'customer') for e in c.get('neg',[]))
    out.append({'id':cid,'industry':c['ind'],'scenario':c['scn'],'tags':c['tags'],'turns':turns,
        'labels':{'churn_risk':c['risk'],'churn_signals':sigs,'qa':qa,'customer_negative_turns':neg}})
ids=[o['id'] for o in out]
if len(set(ids))!=len(ids): errs.append('dup ids')
print(collections.Counter(o['labels']['churn_risk'] for o in out))
print(collections.Counter(o['industry'] for o in out))
print(collections.Counter(s['category'] for o in out for s in o['labels']['churn_signals']))
print('turns', [len(o['turns']) for o in out])
for o in out:
    assert o['industry'] in INDUSTRIES
if errs:
    print('\n'.join(errs)); sys.exit(1)
for o in out:
    json.dump(o, open(o['id']+'.json','w'), ensure_ascii=False, indent=1)
print('wrote', len(out))
