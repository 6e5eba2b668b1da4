import json, re, os, sys, importlib
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict']
INDS = ['b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies']
ALLOWED_P = set('，。？！、；：“”‘’（）…—《》')
calls = []
for m in ['calls_a','calls_b','calls_c','calls_d']:
    try: calls += importlib.import_module(m).CALLS
    except ModuleNotFoundError: pass
errs = []
def err(cid, msg): errs.append(f'{cid}: {msg}')
def find(cid, turns, ev, who=None):
    if isinstance(ev, tuple):
        ev, i = ev
        if ev not in turns[i]['text']: err(cid, f'evidence {ev!r} not in turn {i}')
        if who and turns[i]['speaker'] != who: err(cid, f'evidence {ev!r} not in {who} turn')
        return i
    hits = [i for i,t in enumerate(turns) if ev in t['text']]
    if len(hits) != 1: err(cid, f'evidence {ev!r} in turns {hits}'); return -1
    if who and turns[hits[0]]['speaker'] != who: err(cid, f'evidence {ev!r} not in {who} turn')
    return hits[0]
stats = []
for c in calls:
    cid = 'call-e13-%02d' % c['n']
    turns, neg = [], []
    for line in c['t'].strip().split('\n'):
        line = line.strip()
        sp, txt = line.split(' ', 1)
        if sp == 'C!': neg.append(len(turns)); sp = 'C'
        turns.append({'speaker': {'R':'rep','C':'customer'}[sp], 'text': txt.strip()})
    for i,t in enumerate(turns):
        for ch in t['text']:
            if not ('\u4e00' <= ch <= '\u9fff' or ch in ALLOWED_P): err(cid, f'bad char {ch!r} turn {i}')
    sigs = []
    for cat, *ev in c.get('sig', []):
        assert cat in CATS, cat
        ev = tuple(ev) if len(ev) == 2 else ev[0]
        sigs.append({'category': cat, 'turn': find(cid, turns, ev), 'evidence': ev[0] if isinstance(ev, tuple) else ev})
    for s in c.get('rep_sig', []): pass
    sigs.sort(key=lambda s: s['turn'])
    ev0 = lambda e: e[0] if isinstance(e, tuple) else e
    fw = [{'turn': find(cid, turns, e, 'rep'), 'evidence': ev0(e)} for e in c.get('fw', [])]
    op = [{'turn': find(cid, turns, e, 'rep'), 'evidence': ev0(e)} for e in c.get('op', [])]
    miss = c.get('miss', '')
    qa = {'greeting': 'g' not in miss, 'self_intro': 's' not in miss, 'needs_discovery': 'd' not in miss,
          'forbidden_words': fw, 'over_promise': op, 'next_step': 'n' not in miss, 'closing': 'c' not in miss}
    reps = [t['text'] for t in turns if t['speaker']=='rep']
    g = ('您好' in reps[0] or '你好' in reps[0])
    if g != qa['greeting']: err(cid, 'greeting mismatch')
    cl = any(w in reps[-1] for w in ['谢','祝'])
    if cl != qa['closing']: err(cid, 'closing mismatch')
    n = len(turns)
    L = 'short' if n <= 10 else ('medium' if n <= 16 else 'long')
    if L != c['len']: err(cid, f'length {n} is {L}, planned {c["len"]}')
    if not 8 <= n <= 30: err(cid, 'turn count')
    r = c['risk']
    if (r == 'none') != (len(sigs) == 0): err(cid, 'none/signals mismatch')
    for i in neg:
        if turns[i]['speaker'] != 'customer': err(cid, 'neg not customer')
    cats = sorted({s['category'] for s in sigs}, key=CATS.index)
    tags = list(dict.fromkeys(c.get('tags', []) + cats + (['over_promise'] if op else []) + (['short'] if L=='short' else [])))
    assert c['ind'] in INDS
    d = {'id': cid, 'industry': c['ind'], 'scenario': c['sc'], 'tags': tags, 'turns': turns,
         'labels': {'churn_risk': r, 'churn_signals': sigs, 'qa': qa, 'customer_negative_turns': neg}}
    json.dump(d, open(os.path.join(OUT, cid + '.json'), 'w'), ensure_ascii=False, indent=2)
    stats.append((cid, c['ind'], r, L, cats, len(sigs), miss, len(fw), len(op), len(neg), 'hard_negative' in tags, n))
print('\n'.join(errs) or 'build: no errors', len(calls), 'calls')
json.dump(stats, open(os.path.join(os.path.dirname(__file__), 'stats.json'), 'w'), ensure_ascii=False)
