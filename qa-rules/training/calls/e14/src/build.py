import json, re, sys, pathlib, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from calls_def import CALLS
OUT = pathlib.Path(__file__).parent.parent
CAT = {'pr':'price','co':'competitor','se':'service','qu':'quality','cm':'communication',
       'cc':'contact_change','dr':'demand_reduction','nr':'non_renewal','ch':'channel_conflict'}
IND = {'saas':'b2b_saas','ind':'industrial_equipment','tel':'telecom','bank':'bank_wealth',
       'fmcg':'fmcg_distribution','furn':'furniture','feed':'feed','hotel':'hotel_supplies'}
MARK = re.compile(r'<(\w+):([^<>]+)>')
bad = 0
def err(cid, msg):
    global bad; bad += 1; print(cid, msg)
stats = collections.Counter(); catcalls = collections.Counter(); spans = 0
for n, ind, risk, scen, tags, qa, body in CALLS:
    cid = 'call-e14-%02d' % n
    turns, sig, fw, op, neg = [], [], [], [], []
    lines = [l.strip() for l in body.strip().split('\n') if l.strip()]
    for i, l in enumerate(lines):
        sp, txt = l.split(' ', 1)
        speaker = 'rep' if sp[0] == 'R' else 'customer'
        if sp.endswith('!'): neg.append(i)
        for m in MARK.finditer(txt):
            k, ev = m.group(1), m.group(2)
            if k in CAT: sig.append((CAT[k], i, ev))
            elif k == 'F': fw.append((i, ev))
            elif k == 'O': op.append((i, ev))
            else: err(cid, 'bad mark ' + k)
            if k in ('F', 'O') and speaker != 'rep': err(cid, 'qa span in customer turn %d' % i)
        clean = MARK.sub(lambda m: m.group(2), txt)
        if re.search(r'[\x00-\x7f０-９Ａ-Ｚａ-ｚ]', clean): err(cid, 'ascii/digit in turn %d: %s' % (i, clean))
        turns.append({'speaker': speaker, 'text': clean})
    for i in neg:
        if turns[i]['speaker'] != 'customer': err(cid, 'neg on rep turn %d' % i)
    for _, i, ev in sig + [(None,) + x for x in fw] + [(None,) + x for x in op]:
        occ = sum(t['text'].count(ev) for t in turns)
        if occ != 1: err(cid, 'evidence %r occurs %d times' % (ev, occ))
    if not 8 <= len(turns) <= 30: err(cid, 'turn count %d' % len(turns))
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != ('g' in qa): err(cid, 'greeting mismatch')
    cl = any(w in reps[-1] for w in ('谢', '祝'))
    if cl != ('c' in qa): err(cid, 'closing heuristic mismatch: ' + reps[-1])
    if risk == 'none' and sig: err(cid, 'none with signals')
    if risk != 'none' and not sig: err(cid, 'risk without signals')
    d = {'id': cid, 'industry': IND[ind], 'scenario': scen, 'tags': tags.split(), 'turns': turns,
         'labels': {'churn_risk': risk,
                    'churn_signals': [{'category': c, 'turn': i, 'evidence': e} for c, i, e in sig],
                    'qa': {'greeting': 'g' in qa, 'self_intro': 's' in qa, 'needs_discovery': 'n' in qa,
                           'forbidden_words': [{'turn': i, 'evidence': e} for i, e in fw],
                           'over_promise': [{'turn': i, 'evidence': e} for i, e in op],
                           'next_step': 'x' in qa, 'closing': 'c' in qa},
                    'customer_negative_turns': neg}}
    (OUT / (cid + '.json')).write_text(json.dumps(d, ensure_ascii=False, indent=1) + '\n')
    stats['risk_' + risk] += 1; stats['ind_' + ind] += 1; spans += len(sig)
    L = len(turns); stats['len_' + ('short' if L <= 10 else 'medium' if L <= 16 else 'long')] += 1
    for c in set(c for c, _, _ in sig): catcalls[c] += 1
    for k, nm in (('g','greeting'),('s','self_intro'),('n','needs_discovery'),('x','next_step'),('c','closing')):
        if k not in qa: stats['miss_' + nm] += 1
    if fw: stats['calls_forbidden'] += 1
    if op: stats['calls_over_promise'] += 1
    if 'hard_negative' in tags.split(): stats['hard_negative'] += 1
    stats['neg_turns'] += len(neg); stats['turns'] += L
print(len(CALLS), 'calls', bad, 'build problems')
print(dict(sorted(stats.items()))); print(dict(catcalls.most_common())); print('signal spans', spans)
