import json, re, os, collections
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
errs = []
risk = collections.Counter(); inds = collections.Counter()
for c in CALLS:
    cid = 'call-u45-%02d' % c['n']
    turns = []
    for line in c['t'].strip().split('\n'):
        sp, text = line.split(' ', 1)
        turns.append({'speaker': {'R': 'rep', 'C': 'customer'}[sp], 'text': text})
        if bad.search(text): errs.append((cid, 'bad char', text))
    miss = set(filter(None, c.get('miss', '').split(',')))
    def spans(lst, kind):
        out = []
        for t, ev in lst:
            if turns[t]['speaker'] != 'rep' or ev not in turns[t]['text']: errs.append((cid, kind, t, ev))
            out.append({'turn': t, 'evidence': ev})
        return out
    sigs = []
    for t, cat, ev in c['sig']:
        if ev not in turns[t]['text']: errs.append((cid, 'sig', t, ev))
        sigs.append({'category': cat, 'turn': t, 'evidence': ev})
    for t in c['neg']:
        if turns[t]['speaker'] != 'customer': errs.append((cid, 'neg', t))
    if (c['risk'] == 'none') != (not sigs): errs.append((cid, 'risk/sig'))
    if not 8 <= len(turns) <= 30: errs.append((cid, 'len'))
    rep = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in rep[0] or '你好' in rep[0])
    if g != ('greeting' not in miss): errs.append((cid, 'greeting mismatch'))
    cl = any(w in rep[-1] for w in ('谢谢', '感谢', '祝'))
    if cl != ('closing' not in miss): errs.append((cid, 'closing mismatch'))
    qa = {k: k not in miss for k in ('greeting', 'self_intro', 'needs_discovery')}
    qa['forbidden_words'] = spans(c.get('fw', []), 'fw')
    qa['over_promise'] = spans(c.get('op', []), 'op')
    qa['next_step'] = 'next_step' not in miss
    qa['closing'] = 'closing' not in miss
    tags = list(c['tags'])
    if len(turns) <= 10 and 'short' not in tags: pass
    obj = {'id': cid, 'industry': c['ind'], 'scenario': c['sc'], 'tags': tags, 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa,
                      'customer_negative_turns': sorted(c['neg'])}}
    risk[c['risk']] += 1; inds[c['ind']] += 1
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write('\n')
print(len(CALLS), dict(risk), dict(inds))
for e in errs: print('ERR', e)
