import json, re, sys, glob, importlib.util, os
here = os.path.dirname(os.path.abspath(__file__))
CALLS = []
for f in sorted(glob.glob(os.path.join(here, 'calls_def*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    CALLS.extend(m.CALLS)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERR', *a)
KEY = dict(G='greeting', S='self_intro', N='needs_discovery', X='next_step', C='closing')
seen = set()
for c in CALLS:
    n, ind, risk, scen, tags, flags, body, sig, fw, op = c
    cid = 'call-e24-%02d' % n
    if n in seen: err(cid, 'dup')
    seen.add(n)
    turns, neg = [], []
    for line in body.strip().split('\n'):
        line = line.strip()
        if not line: continue
        mm = re.match(r'^(R|C!|C)\s*(.*)$', line); tag, text = mm.group(1), mm.group(2)
        sp = 'rep' if tag == 'R' else 'customer'
        if tag == 'C!': neg.append(len(turns))
        if re.search(r'[A-Za-z0-9!-/:-@\[-`{-~]', text): err(cid, 'ascii', text)
        turns.append(dict(speaker=sp, text=text.strip()))
    def find(ev, rep_only=False):
        hits = [i for i, t in enumerate(turns) if ev in t['text']]
        if len(hits) != 1: err(cid, 'evidence hits', hits, ev); return -1
        if rep_only and turns[hits[0]]['speaker'] != 'rep': err(cid, 'not rep', ev)
        return hits[0]
    sigs = [dict(category=k, turn=find(e), evidence=e) for k, e in sig]
    qa = {}
    for i, ch in enumerate('GSNXC'):
        qa[KEY[ch]] = flags[i] == '1'
    qa = dict(greeting=qa['greeting'], self_intro=qa['self_intro'], needs_discovery=qa['needs_discovery'],
              forbidden_words=[dict(turn=find(e, True), evidence=e) for e in fw],
              over_promise=[dict(turn=find(e, True), evidence=e) for e in op],
              next_step=qa['next_step'], closing=qa['closing'])
    if (risk == 'none') != (len(sigs) == 0): err(cid, 'risk/signals mismatch')
    if not 8 <= len(turns) <= 30: err(cid, 'len', len(turns))
    if turns[0]['speaker'] != 'rep': err(cid, 'first not rep')
    d = dict(id=cid, industry=ind, scenario=scen, tags=tags, turns=turns,
             labels=dict(churn_risk=risk, churn_signals=sigs, qa=qa, customer_negative_turns=neg))
    json.dump(d, open(os.path.join(here, cid + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(CALLS), 'calls,', bad, 'errors')
