# Builds call-u96-NN.json from calls_def.py and checks the labels mechanically.
import json, re, os, collections
from calls_def import CALLS
CATS = {'price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'}
INDS = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
MARK = re.compile(r'⟦(\w+)\|(.+?)⟧')
BAD = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
here = os.path.dirname(os.path.abspath(__file__))
errs = []; stats = collections.Counter(); risks = collections.Counter(); inds = collections.Counter()
for c in CALLS:
    cid = 'call-u96-%02d' % c['n']
    turns, sigs, op, fw, neg = [], [], [], [], []
    for line in c['t'].strip().split('\n'):
        sp, text = line.split(' ', 1)
        i = len(turns)
        for cat, ev in MARK.findall(text):
            if cat == 'op': op.append({'turn': i, 'evidence': ev})
            elif cat == 'fw': fw.append({'turn': i, 'evidence': ev})
            elif cat in CATS: sigs.append({'category': cat, 'turn': i, 'evidence': ev})
            else: errs.append((cid, 'bad cat', cat))
            if cat in ('op', 'fw') and sp != 'R': errs.append((cid, 'qa span on customer', i))
        plain = MARK.sub(lambda m: m.group(2), text)
        if BAD.search(plain): errs.append((cid, 'bad char', i, BAD.findall(plain)))
        if sp == 'C!': neg.append(i)
        turns.append({'speaker': 'rep' if sp == 'R' else 'customer', 'text': plain})
    for s in sigs + op + fw:
        assert s['evidence'] in turns[s['turn']]['text']
    qa = {k: k not in c['miss'] for k in ['greeting', 'self_intro', 'needs_discovery']}
    qa['forbidden_words'] = fw; qa['over_promise'] = op
    qa['next_step'] = 'next_step' not in c['miss']; qa['closing'] = 'closing' not in c['miss']
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    if qa['greeting'] != ('您好' in reps[0] or '你好' in reps[0]): errs.append((cid, 'greeting mismatch'))
    if qa['closing'] != bool(re.search('谢谢|感谢|祝', reps[-1])): errs.append((cid, 'closing mismatch'))
    if not 8 <= len(turns) <= 30: errs.append((cid, 'turns', len(turns)))
    if (c['risk'] == 'none') != (not sigs): errs.append((cid, 'risk/signals mismatch'))
    for a, b in zip(turns, turns[1:]):
        if a['speaker'] == b['speaker']: errs.append((cid, 'same speaker twice'))
    if c['ind'] not in INDS: errs.append((cid, 'industry'))
    doc = {'id': cid, 'industry': c['ind'], 'scenario': c['sc'], 'tags': c['tags'], 'turns': turns,
           'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    json.dump(doc, open(os.path.join(here, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
    risks[c['risk']] += 1; inds[c['ind']] += 1
    for cat in {s['category'] for s in sigs}: stats[cat] += 1
    stats['_spans'] += len(sigs); stats['_turns'] += len(turns); stats['_neg'] += len(neg)
    for k in ['greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing']:
        if not qa[k]: stats['miss_' + k] += 1
    if fw: stats['calls_fw'] += 1
    if op: stats['calls_op'] += 1
    if 'hard_negative' in c['tags']: stats['hard_neg'] += 1
    if 'negation' in c['tags']: stats['negation'] += 1
    stats['qa_miss_calls'] += bool(c['miss'])
print(len(CALLS), 'calls'); print(dict(risks)); print(dict(inds)); print(dict(sorted(stats.items())))
print('turn counts', sorted(len(c['t'].strip().split('\n')) for c in CALLS))
print('errors', errs)
