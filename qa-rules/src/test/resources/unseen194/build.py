import json, re, sys, collections
sys.path.insert(0, '.')
from calls_1 import CALLS as C1
from calls_2 import CALLS as C2
from calls_3 import CALLS as C3
from calls_4 import CALLS as C4
ALL = C1 + C2 + C3 + C4
QA_KEYS = dict(G='greeting', S='self_intro', N='needs_discovery', X='next_step', C='closing')
errs = []
def locate(turns, ev, who=None):
    hits = [i for i, t in enumerate(turns) if ev in t['text'] and (who is None or t['speaker'] == who)]
    return hits
out = []
for n, c in enumerate(ALL, 1):
    cid = 'call-u194-%02d' % n
    turns, neg = [], []
    for i, t in enumerate(c['turns']):
        sp, txt = t.split(':', 1)
        if sp == 'C!':
            neg.append(i)
        turns.append({'speaker': 'rep' if sp == 'R' else 'customer', 'text': txt})
        if re.search(r'[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]', txt):
            errs.append((cid, i, 'latin/digit', txt))
    for i in c.get('neg', []):
        if turns[i]['speaker'] != 'customer': errs.append((cid, 'neg not customer', i))
        if i not in neg: neg.append(i)
    neg.sort()
    sigs = []
    for s in c.get('signals', []):
        cat, ev = s[0], s[1]
        hits = locate(turns, ev)
        if len(s) > 2:
            hits = [s[2]] if s[2] in hits else []
        if len(hits) != 1:
            errs.append((cid, 'signal', ev, hits)); continue
        sigs.append({'category': cat, 'turn': hits[0], 'evidence': ev})
    def spans(lst):
        r = []
        for ev in lst:
            hits = locate(turns, ev, 'rep')
            if len(hits) != 1:
                errs.append((cid, 'qa span', ev, hits)); continue
            r.append({'turn': hits[0], 'evidence': ev})
        return r
    qa = {'greeting': 'G' in c['qa'], 'self_intro': 'S' in c['qa'], 'needs_discovery': 'N' in c['qa'],
          'forbidden_words': spans(c.get('fw', [])), 'over_promise': spans(c.get('op', [])),
          'next_step': 'X' in c['qa'], 'closing': 'C' in c['qa']}
    risk = c['risk']
    if risk == 'none' and sigs: errs.append((cid, 'none with signals'))
    if risk != 'none' and not sigs: errs.append((cid, 'risk without signals'))
    rep0 = next(t for t in turns if t['speaker'] == 'rep')['text']
    if qa['greeting'] != ('您好' in rep0 or '你好' in rep0): errs.append((cid, 'greeting mismatch'))
    if not 10 <= len(turns) <= 30: errs.append((cid, 'turns', len(turns)))
    d = {'id': cid, 'industry': c['industry'], 'scenario': c['scenario'], 'tags': c['tags'], 'turns': turns,
         'labels': {'churn_risk': risk, 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    out.append(d)
# duplicate sentences across calls
seen = {}
for d in out:
    for t in d['turns']:
        for s in re.split(r'[。！？]', t['text']):
            s = s.strip('，、…… ')
            if len(s) >= 8:
                if s in seen and seen[s] != d['id']: errs.append(('dup sentence', s, seen[s], d['id']))
                seen.setdefault(s, d['id'])
for e in errs: print('ERR', e)
for d in out:
    json.dump(d, open(d['id'] + '.json', 'w'), ensure_ascii=False, indent=1)
# stats
print('calls', len(out), 'turns', sum(len(d['turns']) for d in out))
print('risk', collections.Counter(d['labels']['churn_risk'] for d in out))
print('industry', collections.Counter(d['industry'] for d in out))
print('long(20-30)', sum(20 <= len(d['turns']) <= 30 for d in out), 'turn counts', sorted(len(d['turns']) for d in out))
cat = collections.Counter(); spans_n = 0
for d in out:
    cs = {s['category'] for s in d['labels']['churn_signals']}; cat.update(cs); spans_n += len(d['labels']['churn_signals'])
print('categories(calls)', cat.most_common(), 'spans', spans_n)
tg = collections.Counter(t for d in out for t in d['tags'])
print('tags', tg.most_common())
for k in ['greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing']:
    print('missing', k, [d['id'][-2:] for d in out if not d['labels']['qa'][k]])
print('forbidden in', [d['id'][-2:] for d in out if d['labels']['qa']['forbidden_words']], 'over_promise in', [d['id'][-2:] for d in out if d['labels']['qa']['over_promise']])
print('neg turns', sum(len(d['labels']['customer_negative_turns']) for d in out))
print('errors', len(errs))
