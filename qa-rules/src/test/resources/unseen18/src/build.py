import json, re, sys, os, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
CALLS = []
def C(n, ind, scen, tags, qa, turns, sig=(), fw=(), op=()):
    CALLS.append(dict(n=n, ind=ind, scen=scen, tags=tags, qa=qa, turns=turns, sig=sig, fw=fw, op=op))
import builtins; builtins.C = C
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'calls_def.py'), encoding='utf-8').read())
bad = re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
errs = []
out = {}
for c in CALLS:
    cid = 'call-u18-%02d' % c['n']
    turns, neg = [], []
    for line in [l.strip() for l in c['turns'].strip().split('\n') if l.strip()]:
        sp, txt = line.split('|', 1)
        if sp not in ('R', 'C', 'C!'): errs.append((cid, 'speaker', line))
        if bad.search(txt): errs.append((cid, 'bad char', txt))
        if sp == 'C!': neg.append(len(turns))
        turns.append({'speaker': 'rep' if sp == 'R' else 'customer', 'text': txt})
    def find(ev, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if len(hits) != 1: errs.append((cid, 'evidence hits %d' % len(hits), ev)); return -1
        if rep_only and turns[hits[0]]['speaker'] != 'rep': errs.append((cid, 'qa span not rep', ev))
        return hits[0]
    sigs = [{'category': cat, 'turn': find(ev), 'evidence': ev} for cat, ev in c['sig']]
    sigs.sort(key=lambda s: s['turn'])
    g, s, nd, nx, cl = [ch == '1' for ch in c['qa']]
    rep_turns = [t['text'] for t in turns if t['speaker'] == 'rep']
    if g != any(w in rep_turns[0] for w in ('您好', '你好')): errs.append((cid, 'greeting check'))
    if cl != any(w in rep_turns[-1] for w in ('谢谢', '感谢', '祝')): errs.append((cid, 'closing check'))
    risk = c['tags'][0]
    if (risk == 'none') != (len(sigs) == 0): errs.append((cid, 'risk/signals mismatch'))
    n = len(turns)
    if not 8 <= n <= 30: errs.append((cid, 'turn count', n))
    tags = list(c['tags'][1:])
    for cat in sorted({x['category'] for x in sigs}):
        if cat not in tags: tags.append(cat)
    if n <= 10 and 'short' not in tags: tags.append('short')
    out[cid] = {
        'id': cid, 'industry': c['ind'], 'scenario': c['scen'], 'tags': tags, 'turns': turns,
        'labels': {'churn_risk': risk, 'churn_signals': sigs,
                   'qa': {'greeting': g, 'self_intro': s, 'needs_discovery': nd,
                          'forbidden_words': [{'turn': find(e, True), 'evidence': e} for e in c['fw']],
                          'over_promise': [{'turn': find(e, True), 'evidence': e} for e in c['op']],
                          'next_step': nx, 'closing': cl},
                   'customer_negative_turns': neg}}
for e in errs: print('ERR', e)
if errs: sys.exit(1)
for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'call-u18-*.json')): os.remove(f)
for cid, d in out.items():
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2); f.write('\n')
print(len(out), 'calls written')
