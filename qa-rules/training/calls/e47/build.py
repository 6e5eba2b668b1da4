import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
problems = []

def locate(turns, ev, turn=None, speaker=None):
    idx = [i for i, t in enumerate(turns) if ev in t['text'] and (speaker is None or t['speaker'] == speaker)]
    if turn is not None:
        if turn not in idx:
            raise ValueError('evidence not in turn %s: %s' % (turn, ev))
        return turn
    if len(idx) != 1:
        raise ValueError('evidence ambiguous/missing %s: %s' % (idx, ev))
    return idx[0]

def build(c):
    cid = 'call-e47-%02d' % c['n']
    turns, neg = [], []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        if not line:
            continue
        tag, text = line.split(' ', 1)
        sp = 'rep' if tag.startswith('R') else 'customer'
        if tag.endswith('!'):
            assert sp == 'customer', (cid, line)
            neg.append(len(turns))
        text = text.strip()
        if BAD.search(text):
            problems.append('%s bad chars: %s' % (cid, text))
        turns.append({'speaker': sp, 'text': text})
    assert 8 <= len(turns) <= 30, (cid, len(turns))
    sigs = []
    for s in c.get('sig', []):
        cat, ev = s[0], s[1]
        tn = locate(turns, ev, s[2] if len(s) > 2 else None)
        sigs.append({'category': cat, 'turn': tn, 'evidence': ev})
    def spans(key):
        out = []
        for s in c.get(key, []):
            ev = s if isinstance(s, str) else s[0]
            out.append({'turn': locate(turns, ev, None, 'rep'), 'evidence': ev})
        return out
    miss = c.get('miss', '').split()
    qa = {'greeting': 'g' not in miss, 'self_intro': 's' not in miss, 'needs_discovery': 'n' not in miss,
          'forbidden_words': spans('fw'), 'over_promise': spans('op'),
          'next_step': 'x' not in miss, 'closing': 'c' not in miss}
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']:
        problems.append('%s greeting heuristic mismatch' % cid)
    cl = any(w in reps[-1] for w in ('谢', '祝'))
    if cl != qa['closing']:
        problems.append('%s closing heuristic mismatch' % cid)
    if c['risk'] == 'none' and sigs:
        problems.append('%s none with signals' % cid)
    if c['risk'] != 'none' and not sigs:
        problems.append('%s risk without signals' % cid)
    for k in ('scen',):
        if BAD.search(c[k]):
            problems.append('%s bad chars in scenario' % cid)
    return cid, {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'], 'turns': turns,
                 'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}

ns = [c['n'] for c in CALLS]
assert len(ns) == len(set(ns)), 'duplicate n'
risk = collections.Counter(); ind = collections.Counter(); cats = collections.Counter(); lens = []
missc = collections.Counter(); fwc = opc = 0; hn = 0; negt = 0
for c in CALLS:
    try:
        cid, d = build(c)
    except Exception as e:
        problems.append('call %s: %s' % (c['n'], e)); continue
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    risk[c['risk']] += 1; ind[c['ind']] += 1; lens.append(len(d['turns']))
    for cat in set(s['category'] for s in d['labels']['churn_signals']): cats[cat] += 1
    for m in c.get('miss', '').split(): missc[m] += 1
    fwc += bool(d['labels']['qa']['forbidden_words']); opc += bool(d['labels']['qa']['over_promise'])
    hn += 'hard_negative' in c['tags']; negt += len(d['labels']['customer_negative_turns'])
print('calls', len(CALLS), 'risk', dict(risk)); print('industry', dict(ind))
print('cats', dict(cats)); print('turns min/max/total', min(lens), max(lens), sum(lens))
print('miss', dict(missc), 'calls with misses', sum(1 for c in CALLS if c.get('miss')), 'fw calls', fwc, 'op calls', opc, 'hard neg', hn, 'neg turns', negt)
# repeated sentences check
sent = collections.Counter()
for c in CALLS:
    for line in c['t'].strip().split('\n'):
        for s in re.split('[。？！]', line.split(' ', 1)[-1]):
            if len(s) >= 8: sent[s] += 1
dups = [s for s, k in sent.items() if k > 1]
if dups: print('repeated sentences:', dups)
print('PROBLEMS', len(problems)); [print(' ', p) for p in problems]
