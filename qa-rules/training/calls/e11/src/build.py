import json, re, sys, glob, importlib.util, collections
OUT = '/work/data/train-e11'
CALLS = []
def C(n, ind, scen, tags, risk, text, sig=(), qa='gsnxc', fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, scen=scen, tags=list(tags), risk=risk, text=text, sig=list(sig), qa=qa, fw=list(fw), op=list(op)))
import builtins; builtins.C = C
for f in sorted(glob.glob('/work/data/train-e11/src/calls_def*.py')):
    spec = importlib.util.spec_from_file_location(f, f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
errs = []
stats = collections.Counter(); catcalls = collections.Counter(); spans = collections.Counter(); lens = collections.Counter(); inds = collections.Counter(); qa_miss = collections.Counter()
seen = set()
for c in CALLS:
    cid = 'call-e11-%02d' % c['n']
    if cid in seen: errs.append(cid + ' dup')
    seen.add(cid)
    turns = []; neg = []
    for line in c['text'].strip().split('\n'):
        line = line.strip()
        if not line: continue
        sp, t = line.split(' ', 1)
        if sp not in ('R', 'C', 'C!'): errs.append(cid + ' bad speaker ' + line)
        if sp == 'C!': neg.append(len(turns))
        turns.append({'speaker': 'rep' if sp == 'R' else 'customer', 'text': t.strip()})
        if bad.search(t): errs.append('%s turn %d bad char: %s' % (cid, len(turns)-1, bad.findall(t)))
    if not 8 <= len(turns) <= 30: errs.append(cid + ' turns %d' % len(turns))
    def loc(ev, rep_only=False, turn=None):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if turn is not None:
            if ev not in turns[turn]['text']: errs.append('%s evidence not in turn %d: %s' % (cid, turn, ev))
            return turn
        if len(hits) != 1: errs.append('%s evidence hits %s: %s' % (cid, hits, ev)); return hits[0] if hits else -1
        if rep_only and turns[hits[0]]['speaker'] != 'rep': errs.append(cid + ' qa span not rep: ' + ev)
        return hits[0]
    sigs = []
    for s in c['sig']:
        cat, ev = s[0], s[1]
        if cat not in ('price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'): errs.append(cid + ' cat ' + cat)
        sigs.append({'category': cat, 'turn': loc(ev, turn=s[2] if len(s) > 2 else None), 'evidence': ev})
    sigs.sort(key=lambda s: s['turn'])
    q = c['qa']
    qa = {'greeting': 'g' in q, 'self_intro': 's' in q, 'needs_discovery': 'n' in q,
          'forbidden_words': [{'turn': loc(e, True), 'evidence': e} for e in c['fw']],
          'over_promise': [{'turn': loc(e, True), 'evidence': e} for e in c['op']],
          'next_step': 'x' in q, 'closing': 'c' in q}
    reps = [t['text'] for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: errs.append(cid + ' greeting heuristic mismatch')
    cl = any(w in reps[-1] for w in ('谢谢', '感谢', '祝', '多谢'))
    if cl != qa['closing']: errs.append(cid + ' closing heuristic mismatch')
    if c['risk'] == 'none' and sigs: errs.append(cid + ' none with signals')
    if c['risk'] != 'none' and not sigs: errs.append(cid + ' risk without signals')
    for k in ('greeting','self_intro','needs_discovery','next_step','closing'):
        if not qa[k]: qa_miss[k] += 1
    if qa['forbidden_words']: qa_miss['forbidden_words(calls)'] += 1
    if qa['over_promise']: qa_miss['over_promise(calls)'] += 1
    cats = sorted({s['category'] for s in sigs})
    tags = list(dict.fromkeys(c['tags'] + cats + (['short'] if len(turns) <= 10 else [])))
    if c['op'] and 'over_promise' not in tags: tags.append('over_promise')
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': tags, 'turns': turns,
         'labels': {'churn_risk': c['risk'], 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    json.dump(d, open('%s/%s.json' % (OUT, cid), 'w'), ensure_ascii=False, indent=2)
    stats[c['risk']] += 1; inds[c['ind']] += 1
    for k in cats: catcalls[k] += 1
    for s in sigs: spans[s['category']] += 1
    L = len(turns); lens['short' if L <= 10 else 'medium' if L <= 16 else 'long'] += 1
    stats['hard_negative'] += 'hard_negative' in tags
    stats['neg_turns'] += len(neg); stats['turns'] += L
print('calls', len(CALLS)); print('risk', dict(stats)); print('industries', dict(inds)); print('lengths', dict(lens))
print('calls per cat', dict(catcalls)); print('spans per cat', dict(spans), sum(spans.values())); print('qa', dict(qa_miss))
print('\n'.join(errs)); print(len(errs), 'errors')
