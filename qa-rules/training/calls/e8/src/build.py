import json, re, sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
CALLS = []
def call(n, ind, risk, scen, tags, qa, body):
    CALLS.append(dict(n=n, ind=ind, risk=risk, scen=scen, tags=tags, qa=qa, body=body))
import builtins; builtins.call = call
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), 'calls_def.py'))):
    exec(open(f, encoding='utf-8').read(), {'call': call})
CAT = dict(p='price', c='competitor', s='service', q='quality', m='communication', k='contact_change',
           d='demand_reduction', n='non_renewal', h='channel_conflict')
MK = re.compile(r'\{([a-zFO]):([^{}]*)\}')
BAD = re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
errs = []
out = os.path.join(os.path.dirname(__file__), '..')
seen = set()
for c in CALLS:
    cid = 'call-e8-%02d' % c['n']
    if cid in seen: errs.append(cid + ' dup')
    seen.add(cid)
    turns, sigs, fw, op, neg = [], [], [], [], []
    for line in [l.strip() for l in c['body'].strip().split('\n') if l.strip()]:
        sp, txt = line.split(':', 1)
        txt = txt.strip()
        i = len(turns)
        spk = 'rep' if sp == 'R' else 'customer'
        if sp == 'C!': neg.append(i)
        for m in MK.finditer(txt):
            code, ev = m.group(1), m.group(2)
            if code == 'F': fw.append((i, ev)); assert spk == 'rep', (cid, i)
            elif code == 'O': op.append((i, ev)); assert spk == 'rep', (cid, i)
            else: sigs.append((CAT[code], i, ev))
        clean = MK.sub(lambda m: m.group(2), txt)
        if BAD.search(clean): errs.append('%s t%d bad char %r' % (cid, i, BAD.findall(clean)))
        if '{' in clean or '}' in clean: errs.append('%s t%d brace' % (cid, i))
        turns.append(dict(speaker=spk, text=clean))
    for (_, i, ev) in sigs + [(None, i, e) for i, e in fw + op]:
        hits = [j for j, t in enumerate(turns) if ev in t['text']]
        if hits != [i]: errs.append('%s evidence %r in turns %s' % (cid, ev, hits))
    q = c['qa']
    reps = [t for t in turns if t['speaker'] == 'rep']
    g = ('您好' in reps[0]['text'] or '你好' in reps[0]['text'])
    if g != ('G' in q): errs.append('%s greeting mismatch' % cid)
    cl = any(w in reps[-1]['text'] for w in ('谢', '祝'))
    if cl != ('X' in q): errs.append('%s closing mismatch' % cid)
    n = len(turns)
    if not 8 <= n <= 30: errs.append('%s %d turns' % (cid, n))
    if c['risk'] == 'none' and sigs: errs.append(cid + ' none with signals')
    if c['risk'] != 'none' and not sigs: errs.append(cid + ' no signals')
    d = {"id": cid, "industry": c['ind'], "scenario": c['scen'], "tags": c['tags'], "turns": turns,
         "labels": {"churn_risk": c['risk'],
                    "churn_signals": [dict(category=a, turn=b, evidence=e) for a, b, e in sigs],
                    "qa": {"greeting": 'G' in q, "self_intro": 'S' in q, "needs_discovery": 'D' in q,
                           "forbidden_words": [dict(turn=a, evidence=e) for a, e in fw],
                           "over_promise": [dict(turn=a, evidence=e) for a, e in op],
                           "next_step": 'N' in q, "closing": 'X' in q},
                    "customer_negative_turns": neg}}
    json.dump(d, open(os.path.join(out, cid + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(CALLS), 'calls built;', len(errs), 'errors')
for e in errs: print(' ', e)
