import json, re, os, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')

def find(turns, ev, rep_only=False, turn=None):
    idx = [i for i, (s, _, t) in enumerate(turns) if ev in t and (not rep_only or s == 'rep')]
    if turn is not None:
        assert turn in idx, (ev, turn, idx)
        return turn
    assert len(idx) == 1, ('ambiguous or missing evidence', ev, idx)
    return idx[0]

errs = 0
risk_c, ind_c, cat_c = Counter(), Counter(), Counter()
for c in CALLS:
    cid = 'call-u134-%02d' % c['n']
    turns = []
    for line in c['turns'].strip().split('\n'):
        tag, text = line.split(':', 1) if ':' in line[:3] else line.split('：', 1)
        tag = tag.strip(); text = text.strip()
        sp = 'rep' if tag == 'R' else 'customer'
        turns.append((sp, tag == 'C!', text))
    for i, (s, _, t) in enumerate(turns):
        if BAD.search(t):
            print(cid, 'bad char in turn', i, BAD.findall(t)); errs += 1
    assert 8 <= len(turns) <= 30, (cid, len(turns))
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        tn = find(turns, ev, turn=s[2] if len(s) > 2 else None)
        sigs.append({'category': cat, 'turn': tn, 'evidence': ev}); cat_c[cat] += 1
    assert (c['risk'] == 'none') == (not sigs), cid
    qa = {k: k not in c.get('miss', []) for k in ['greeting', 'self_intro', 'needs_discovery']}
    qa['forbidden_words'] = [{'turn': find(turns, e, True), 'evidence': e} for e in c.get('fw', [])]
    qa['over_promise'] = [{'turn': find(turns, e, True), 'evidence': e} for e in c.get('op', [])]
    qa['next_step'] = 'next_step' not in c.get('miss', [])
    qa['closing'] = 'closing' not in c.get('miss', [])
    neg = [i for i, (s, n, _) in enumerate(turns) if n]
    cats = sorted(set(x['category'] for x in sigs))
    tags = list(c['tags']) + [x for x in cats if x not in c['tags']]
    if len(turns) <= 12 and 'short' not in tags: tags.append('short')
    obj = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': tags,
           'turns': [{'speaker': s, 'text': t} for s, _, t in turns],
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa,
                      'customer_negative_turns': neg}}
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    risk_c[c['risk']] += 1; ind_c[c['ind']] += 1
print(len(CALLS), 'calls', dict(risk_c)); print(dict(ind_c)); print(dict(cat_c)); print('errors', errs)
