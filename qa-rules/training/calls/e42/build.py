import json, re, os, sys, importlib
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
IND = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
CALLS = []
for b in range(1, 7):
    try:
        m = importlib.import_module('calls_def%d' % b)
    except ModuleNotFoundError:
        continue
    CALLS.extend(m.CALLS)

def parse_turns(block):
    turns, neg = [], []
    for line in block.strip().split('\n'):
        line = line.strip()
        if not line: continue
        tag, text = line[0], line[2:].strip()
        if tag == 'R': turns.append({'speaker':'rep','text':text})
        elif tag in 'CX':
            if tag == 'X': neg.append(len(turns))
            turns.append({'speaker':'customer','text':text})
        else: raise ValueError('bad line ' + line)
    return turns, neg

def locate(turns, ev, who, cid, turn=None):
    hits = [i for i,t in enumerate(turns) if ev in t['text']]
    if turn is not None:
        assert turn in hits, (cid, ev, turn)
        i = turn
    else:
        assert len(hits) == 1, (cid, ev, hits)
        i = hits[0]
    if who: assert turns[i]['speaker'] == who, (cid, ev, 'speaker')
    return i

bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
problems = 0; sent = Counter(); risk = Counter(); ind = Counter(); cats = Counter(); qam = Counter()
for c in CALLS:
    n = c['n']; cid = 'call-e42-%02d' % n
    turns, neg = parse_turns(c['turns'])
    assert 8 <= len(turns) <= 30, (cid, len(turns))
    for t in turns:
        if bad.search(t['text']) or ' ' in t['text']: print('BAD CHAR', cid, t['text']); problems += 1
        for s in re.split('[。？！]', t['text']):
            if len(s) >= 10: sent[s] += 1
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        i = locate(turns, ev, None, cid, s[2] if len(s) > 2 else None)
        sigs.append({'category':cat,'turn':i,'evidence':ev}); cats[cat] += 1
    r = c['risk']
    assert (r == 'none') == (len(sigs) == 0), cid
    qa = {k: k not in c.get('miss', []) for k in ['greeting','self_intro','needs_discovery','next_step','closing']}
    for k in c.get('miss', []): qam[k] += 1
    fw = [{'turn':locate(turns, e, 'rep', cid),'evidence':e} for e in c.get('fw', [])]
    op = [{'turn':locate(turns, e, 'rep', cid),'evidence':e} for e in c.get('op', [])]
    reps = [t['text'] for t in turns if t['speaker']=='rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: print('GREETING mismatch', cid); problems += 1
    cl = any(w in reps[-1] for w in ['谢谢','感谢','祝'])
    if cl != qa['closing']: print('CLOSING mismatch', cid, reps[-1]); problems += 1
    for i in neg: assert turns[i]['speaker']=='customer'
    obj = {'id':cid,'industry':IND[c['ind']],'scenario':c['sc'],'tags':c['tags'],'turns':turns,
           'labels':{'churn_risk':r,'churn_signals':sigs,
                     'qa':{'greeting':qa['greeting'],'self_intro':qa['self_intro'],'needs_discovery':qa['needs_discovery'],
                           'forbidden_words':fw,'over_promise':op,'next_step':qa['next_step'],'closing':qa['closing']},
                     'customer_negative_turns':neg}}
    if bad.search(c['sc']): print('BAD scenario', cid); problems += 1
    json.dump(obj, open(cid + '.json','w'), ensure_ascii=False, indent=1)
    risk[r] += 1; ind[IND[c['ind']]] += 1
dups = [s for s,k in sent.items() if k > 1]
print('dup sentences:', dups)
print(len(CALLS), 'calls', dict(risk)); print(dict(ind)); print(dict(cats)); print('qa misses', dict(qam))
print('problems', problems)
