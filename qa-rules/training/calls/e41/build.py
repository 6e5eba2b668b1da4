import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for m in ['calls_a', 'calls_b', 'calls_c', 'calls_d']:
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + '.py')):
        __import__(m)
OUT = os.path.dirname(os.path.abspath(__file__))
INDS = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
errs = []
def err(n, msg): errs.append(f'call {n}: {msg}')
seen_sent = collections.defaultdict(list)
for c in common.CALLS:
    n = c['n']
    turns, neg = [], []
    for line in c['text'].strip().split('\n'):
        tag, txt = line.split('|', 1)
        txt = txt.strip()
        if tag == 'R': sp = 'rep'
        elif tag in ('C', 'C!'): sp = 'customer'
        else: err(n, 'bad tag ' + tag); continue
        if tag == 'C!': neg.append(len(turns))
        if any(ord(ch) < 128 for ch in txt): err(n, 'ascii in: ' + txt)
        turns.append({'speaker': sp, 'text': txt})
        for sent in re.split('[。？！]', txt):
            if len(sent) >= 12: seen_sent[sent].append(n)
    if not 8 <= len(turns) <= 30: err(n, f'{len(turns)} turns')
    if any(ord(ch) < 128 for ch in c['scenario']): err(n, 'ascii in scenario')
    def find(ev, rep_ok):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if len(hits) != 1: err(n, f'evidence {ev!r} hits {hits}'); return -1
        i = hits[0]
        if turns[i]['speaker'] == 'rep' and not rep_ok: err(n, f'evidence {ev!r} in rep turn')
        if turns[i]['speaker'] == 'customer' and rep_ok == 'only': err(n, f'qa evidence {ev!r} in customer turn')
        return i
    sigs = []
    for s in c['sig']:
        cat, ev = s[0], s[1]
        i = s[2] if len(s) > 2 else find(ev, cat == 'contact_change')
        if i >= 0 and ev not in turns[i]['text']: err(n, 'bad explicit turn')
        sigs.append({'category': cat, 'turn': i, 'evidence': ev})
    if (c['risk'] == 'none') != (len(sigs) == 0): err(n, 'risk/signal mismatch')
    fw = [{'turn': find(e, 'only'), 'evidence': e} for e in c['fw']]
    op = [{'turn': find(e, 'only'), 'evidence': e} for e in c['op']]
    qa = {k: k not in c['miss'] for k in ['greeting','self_intro','needs_discovery','next_step','closing']}
    # sanity checks on QA
    first_rep = next(t['text'] for t in turns if t['speaker'] == 'rep')
    last_rep = [t['text'] for t in turns if t['speaker'] == 'rep'][-1]
    g = ('您好' in first_rep or '你好' in first_rep)
    if g != qa['greeting']: err(n, f'greeting check {g} vs {qa["greeting"]}')
    cl = any(w in last_rep for w in ['谢谢', '感谢', '祝'])
    if cl != qa['closing']: err(n, f'closing check {cl} vs {qa["closing"]}')
    cats = []
    for s in sigs:
        if s['category'] not in cats: cats.append(s['category'])
    tags = list(c['tags'])
    if fw and 'forbidden_words' not in tags: pass
    if op and 'over_promise' not in tags: tags.append('over_promise')
    for cat in cats:
        if cat not in tags: tags.append(cat)
    if len(turns) <= 10: tags.append('short')
    cid = f'call-e41-{n:02d}'
    obj = {'id': cid, 'industry': c['industry'], 'scenario': c['scenario'], 'tags': tags, 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs,
                      'qa': {'greeting': qa['greeting'], 'self_intro': qa['self_intro'], 'needs_discovery': qa['needs_discovery'],
                             'forbidden_words': fw, 'over_promise': op, 'next_step': qa['next_step'], 'closing': qa['closing']},
                      'customer_negative_turns': neg}}
    if c['industry'] not in INDS: err(n, 'industry')
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')
for s, ns in seen_sent.items():
    if len(set(ns)) > 1: errs.append(f'repeated sentence {s!r} in {ns}')
calls = common.CALLS
print('calls', len(calls), 'ids', sorted(c['n'] for c in calls) == list(range(1, len(calls)+1)))
print('risk', collections.Counter(c['risk'] for c in calls))
print('industry', collections.Counter(c['industry'] for c in calls))
print('\n'.join(errs) or 'no errors')
