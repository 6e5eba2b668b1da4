import json, re, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.abspath(__file__))
bad = re.compile(r'[A-Za-z0-9,\.\?!:;"\'\(\)\[\]]')
probs = []
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter()
for c in CALLS:
    cid = 'call-u138-%02d' % c['n']
    turns = []
    for line in c['turns'].strip().split('\n'):
        line = line.strip()
        sp = {'R': 'rep', 'C': 'customer'}[line[0]]
        text = line[1:].strip()
        if bad.search(text): probs.append((cid, 'bad char', text))
        turns.append({'speaker': sp, 'text': text})
    if not 8 <= len(turns) <= 30: probs.append((cid, 'turn count', len(turns)))
    def chk(t, ev, who=None):
        if t >= len(turns) or ev not in turns[t]['text']: probs.append((cid, 'evidence', t, ev))
        elif who and turns[t]['speaker'] != who: probs.append((cid, 'speaker', t, ev))
    for cat, t, ev in c['sig']:
        chk(t, ev); cats[cat] += 1
    if (c['risk'] == 'none') != (len(c['sig']) == 0): probs.append((cid, 'risk/signals'))
    q = c['qa']
    for t, ev in q.get('fw', []): chk(t, ev, 'rep')
    for t, ev in q.get('op', []): chk(t, ev, 'rep')
    for t in c['neg']:
        if turns[t]['speaker'] != 'customer': probs.append((cid, 'neg not customer', t))
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != bool(q['g']): probs.append((cid, 'greeting heuristic', g))
    cl = any(w in reps[-1] for w in ('谢', '祝'))
    if cl != bool(q['c']): probs.append((cid, 'closing heuristic', cl))
    risk[c['risk']] += 1; ind[c['industry']] += 1
    rec = {'id': cid, 'industry': c['industry'], 'scenario': c['scenario'], 'tags': c['tags'], 'turns': turns,
           'labels': {'churn_risk': c['risk'],
                      'churn_signals': [{'category': a, 'turn': b, 'evidence': e} for a, b, e in c['sig']],
                      'qa': {'greeting': bool(q['g']), 'self_intro': bool(q['s']), 'needs_discovery': bool(q['n']),
                             'forbidden_words': [{'turn': t, 'evidence': e} for t, e in q.get('fw', [])],
                             'over_promise': [{'turn': t, 'evidence': e} for t, e in q.get('op', [])],
                             'next_step': bool(q['x']), 'closing': bool(q['c'])},
                      'customer_negative_turns': c['neg']}}
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
for p in probs: print(p)
print(len(CALLS), 'calls', dict(risk), dict(ind)); print(dict(cats)); print(len(probs), 'problems')
