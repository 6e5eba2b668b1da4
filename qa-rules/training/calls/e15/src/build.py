import json, re, glob, collections, importlib, sys
sys.path.insert(0, '.')
CALLS = []
def c(n, ind, risk, scen, tags, body, sig=(), qa="gsnxc", fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=list(tags), body=body, sig=sig, qa=qa, fw=fw, op=op))
import builtins; builtins.c = c
for m in ['calls_a', 'calls_b', 'calls_c', 'calls_d', 'calls_e']:
    try: importlib.import_module(m)
    except ModuleNotFoundError: pass
CATS = "price competitor service quality communication contact_change demand_reduction non_renewal channel_conflict".split()
errs = []
def find(turns, ev, n, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t['text']]
    if len(hits) != 1: errs.append(f"{n}: evidence {ev!r} in turns {hits}"); return -1
    if who and turns[hits[0]]['speaker'] != who: errs.append(f"{n}: {ev!r} not in {who} turn")
    return hits[0]
stats = collections.Counter(); catcalls = collections.Counter(); spans = 0; lens = collections.Counter(); qa_miss = collections.Counter(); inds = collections.Counter()
for d in CALLS:
    n = d['n']; turns = []; neg = []
    for line in d['body'].strip().split('\n'):
        line = line.strip()
        if not line: continue
        tag, text = re.match(r'^(C!|R|C)\s*(.*)$', line).groups()
        sp = 'rep' if tag[0] == 'R' else 'customer'
        if tag == 'C!': neg.append(len(turns))
        if re.search(r'[\x00-\x7f]', text): errs.append(f"{n}: ascii in {text}")
        turns.append({'speaker': sp, 'text': text.strip()})
    sigs = []
    for s in d['sig']:
        cat, ev = s.split(':', 1)
        assert cat in CATS, (n, cat)
        sigs.append({'category': cat, 'turn': find(turns, ev, n), 'evidence': ev})
    sigs.sort(key=lambda x: x['turn'])
    fw = [{'turn': find(turns, e, n, 'rep'), 'evidence': e} for e in d['fw']]
    op = [{'turn': find(turns, e, n, 'rep'), 'evidence': e} for e in d['op']]
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    q = d['qa']
    g = 'g' in q; cl = 'c' in q
    if g != bool(re.search('您好|你好', reps[0])): errs.append(f"{n}: greeting heuristic mismatch")
    if cl != bool(re.search('谢谢|感谢|祝', reps[-1])): errs.append(f"{n}: closing heuristic mismatch")
    if (d['risk'] == 'none') != (len(sigs) == 0): errs.append(f"{n}: risk/signals mismatch")
    if turns[0]['speaker'] != 'rep' and 'inbound' not in d['tags']: pass
    cid = f"call-e15-{n:02d}"
    out = {'id': cid, 'industry': d['ind'], 'scenario': d['scen'], 'tags': [t for t in d['tags'] if t not in ('short','medium','long')] + sorted({s['category'] for s in sigs} - set(d['tags'])) + [('short' if len(turns) <= 10 else 'medium' if len(turns) <= 16 else 'long')], 'turns': turns,
           'labels': {'churn_risk': d['risk'], 'churn_signals': sigs,
                      'qa': {'greeting': g, 'self_intro': 's' in q, 'needs_discovery': 'n' in q, 'forbidden_words': fw, 'over_promise': op, 'next_step': 'x' in q, 'closing': cl},
                      'customer_negative_turns': neg}}
    json.dump(out, open(cid + '.json', 'w'), ensure_ascii=False, indent=1)
    stats[d['risk']] += 1; inds[d['ind']] += 1; spans += len(sigs)
    for cat in {s['category'] for s in sigs}: catcalls[cat] += 1
    L = len(turns); lens['short' if L <= 10 else 'medium' if L <= 16 else 'long'] += 1
    if not 8 <= L <= 30: errs.append(f"{n}: {L} turns")
    for k, v in [('greeting', g), ('self_intro', 's' in q), ('needs_discovery', 'n' in q), ('next_step', 'x' in q), ('closing', cl)]:
        if not v: qa_miss[k] += 1
    if fw: qa_miss['forbidden_words(present)'] += 1
    if op: qa_miss['over_promise(present)'] += 1
    qa_miss['neg_turns'] += len(neg)
    stats['hard_negative'] += 'hard_negative' in d['tags']
    stats['turns'] += L
print('\n'.join(errs) or 'no build errors')
print(len(CALLS), 'calls', dict(stats)); print(dict(inds)); print(dict(catcalls), 'spans', spans); print(dict(lens)); print(dict(qa_miss))
