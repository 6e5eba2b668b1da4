import json, re, os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
def find(turns, ev, n, rep_only=None, turn=None):
    hits = [i for i, t in enumerate(turns) if ev in t['text']]
    if turn is not None:
        if turn not in hits: errs.append(f'{n}: "{ev}" not in turn {turn}')
        return turn
    if len(hits) != 1: errs.append(f'{n}: "{ev}" hits {hits}'); return hits[0] if hits else -1
    i = hits[0]
    if rep_only is True and turns[i]['speaker'] != 'rep': errs.append(f'{n}: qa span not rep {ev}')
    return i
seen = set()
for c in CALLS:
    n = c['n']; cid = f'call-e17-{n:02d}'
    assert n not in seen; seen.add(n)
    turns, neg = [], []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        if not line: continue
        k, txt = line[0], line[2:].strip()
        if bad.search(txt): errs.append(f'{n}: bad char in {txt!r}: {bad.findall(txt)}')
        sp = 'rep' if k == 'R' else 'customer'
        if k == 'N': neg.append(len(turns))
        assert k in 'RCN', line
        turns.append({'speaker': sp, 'text': txt})
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        tn = s[2] if len(s) > 2 else None
        sigs.append({'category': cat, 'turn': find(turns, ev, n, turn=tn), 'evidence': ev})
    sigs.sort(key=lambda x: x['turn'])
    q = c['qa']
    qa = {'greeting': q[0] == '1', 'self_intro': q[1] == '1', 'needs_discovery': q[2] == '1',
          'forbidden_words': [{'turn': find(turns, e, n, True), 'evidence': e} for e in c.get('fw', [])],
          'over_promise': [{'turn': find(turns, e, n, True), 'evidence': e} for e in c.get('op', [])],
          'next_step': q[3] == '1', 'closing': q[4] == '1'}
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: errs.append(f'{n}: greeting mismatch')
    cl = any(w in reps[-1] for w in ('谢', '感谢', '祝'))
    if cl != qa['closing']: errs.append(f'{n}: closing mismatch')
    L = len(turns)
    if not 8 <= L <= 30: errs.append(f'{n}: len {L}')
    risk = c['risk']
    if (risk == 'none') != (len(sigs) == 0): errs.append(f'{n}: risk/signals mismatch')
    rec = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'] + (['over_promise'] if c['op'] and 'over_promise' not in c['tags'] else []) + sorted({s['category'] for s in sigs} - set(c['tags'])),
           'turns': turns,
           'labels': {'churn_risk': risk, 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    json.dump(rec, open(os.path.join(OUT, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
print('\n'.join(errs)); print(len(CALLS), 'calls,', len(errs), 'errors')
