# Builds call-u143-NN.json from calls_def.py and checks labels mechanically.
import json, re, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS

OUT = os.path.dirname(os.path.abspath(__file__))
QA_KEYS = ['greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing']
bad = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
problems = []
seen_text = collections.Counter()

for c in CALLS:
    cid = 'call-u143-%02d' % c['n']
    T = c['turns']
    def chk(kind, t, ev, who=None):
        if not (0 <= t < len(T)) or ev not in T[t]['text']:
            problems.append('%s %s turn %d: evidence not found: %s' % (cid, kind, t, ev))
        elif who and T[t]['speaker'] != who:
            problems.append('%s %s turn %d is not %s' % (cid, kind, t, who))
    for i, t in enumerate(T):
        if bad.search(t['text']):
            problems.append('%s turn %d has Latin/digit/ASCII punct: %s' % (cid, i, bad.findall(t['text'])))
        seen_text[t['text']] += 1
    if not 8 <= len(T) <= 30:
        problems.append('%s has %d turns' % (cid, len(T)))
    for cat, t, ev in c['sig']:
        chk('signal', t, ev)
    for t, ev in c['fw'] + c['op']:
        chk('qa span', t, ev, 'rep')
    for t in c['neg']:
        if T[t]['speaker'] != 'customer':
            problems.append('%s negative turn %d not customer' % (cid, t))
    if (c['risk'] == 'none') != (not c['sig']):
        problems.append('%s risk/signals mismatch' % cid)
    qa = {k: k not in c['miss'] for k in QA_KEYS}
    reps = [t['text'] for t in T if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']:
        problems.append('%s greeting heuristic disagrees' % cid)
    cl = any(w in reps[-1] for w in ('谢谢', '感谢', '祝'))
    if cl != qa['closing']:
        problems.append('%s closing heuristic disagrees' % cid)
    rec = {
        'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': c['tags'], 'turns': T,
        'labels': {
            'churn_risk': c['risk'],
            'churn_signals': [{'category': a, 'turn': b, 'evidence': e} for a, b, e in c['sig']],
            'qa': {'greeting': qa['greeting'], 'self_intro': qa['self_intro'],
                   'needs_discovery': qa['needs_discovery'],
                   'forbidden_words': [{'turn': t, 'evidence': e} for t, e in c['fw']],
                   'over_promise': [{'turn': t, 'evidence': e} for t, e in c['op']],
                   'next_step': qa['next_step'], 'closing': qa['closing']},
            'customer_negative_turns': sorted(c['neg']),
        },
    }
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
        f.write('\n')

for txt, k in seen_text.items():
    if k > 1:
        problems.append('repeated turn text: %s' % txt)
print('calls', len(CALLS))
print('risk', collections.Counter(c['risk'] for c in CALLS))
print('industry', collections.Counter(c['ind'] for c in CALLS))
print('categories (calls)', collections.Counter(cat for c in CALLS for cat in {s[0] for s in c['sig']}))
print('signal spans', sum(len(c['sig']) for c in CALLS), 'turns', sum(len(c['turns']) for c in CALLS))
print('turn lengths', sorted(len(c['turns']) for c in CALLS))
for k in QA_KEYS:
    print('missing', k, [c['n'] for c in CALLS if k in c['miss']])
print('forbidden', [c['n'] for c in CALLS if c['fw']], 'over_promise', [c['n'] for c in CALLS if c['op']])
print('hard negatives', [c['n'] for c in CALLS if 'hard_negative' in c['tags']])
print('neg turns', sum(len(c['neg']) for c in CALLS))
print('PROBLEMS', len(problems))
for p in problems:
    print(' ', p)
