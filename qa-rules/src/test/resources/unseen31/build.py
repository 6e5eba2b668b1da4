import json, re, pathlib, sys
CAT = dict(p='price', c='competitor', s='service', q='quality', m='communication', x='contact_change',
           d='demand_reduction', n='non_renewal', h='channel_conflict')
IND = {'b2b_saas','industrial_equipment','telecom','bank_wealth','fmcg_distribution','furniture','feed','hotel_supplies'}
here = pathlib.Path(__file__).parent
src = ''.join((here / f).read_text() for f in ['calls_def_a.txt', 'calls_def_b.txt', 'calls_def_c.txt'])
blocks = [b for b in src.split('\n#') if b.strip()]
errs = 0
for b in blocks:
    lines = b.strip().lstrip('#').split('\n')
    num, ind, risk, tags, flags, scen = lines[0].split(' ', 5)
    assert ind in IND, ind
    turns, sig, over, forb, neg = [], [], [], [], []
    for i, ln in enumerate(lines[1:]):
        sp, txt = ln.split(' ', 1)
        spk = 'rep' if sp == 'R' else 'customer'
        if sp == 'C!': neg.append(i)
        for m in re.finditer(r'\{(\w):([^}]*)\}', txt): sig.append((i, CAT[m.group(1)], m.group(2)))
        for m in re.finditer(r'<([OF]):([^>]*)>', txt): (over if m.group(1) == 'O' else forb).append((i, m.group(2)))
        clean = re.sub(r'\{\w:([^}]*)\}', r'\1', txt); clean = re.sub(r'<[OF]:([^>]*)>', r'\1', clean)
        if re.search(r'[\x00-\x7f]', clean): print(num, 'ascii in', i, clean); errs += 1
        turns.append({'speaker': spk, 'text': clean})
    for i, *_ , ev in sig + over + forb:
        hits = [k for k, t in enumerate(turns) if ev in t['text']]
        if hits != [i]: print(num, 'evidence not unique', ev, hits); errs += 1
    for i, ev in over + forb:
        assert turns[i]['speaker'] == 'rep', (num, ev)
    for i in neg: assert turns[i]['speaker'] == 'customer'
    if (risk == 'none') != (not sig): print(num, 'risk/signal mismatch'); errs += 1
    f = flags
    cid = f'call-u31-{int(num):02d}'
    d = {'id': cid, 'industry': ind, 'scenario': scen, 'tags': tags.split(','), 'turns': turns,
         'labels': {'churn_risk': risk,
                    'churn_signals': [{'category': c, 'turn': i, 'evidence': e} for i, c, e in sig],
                    'qa': {'greeting': f[0] == 'G', 'self_intro': f[1] == 'S', 'needs_discovery': f[2] == 'D',
                           'forbidden_words': [{'turn': i, 'evidence': e} for i, e in forb],
                           'over_promise': [{'turn': i, 'evidence': e} for i, e in over],
                           'next_step': f[3] == 'N', 'closing': f[4] == 'C'},
                    'customer_negative_turns': neg}}
    (here / f'{cid}.json').write_text(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
print(len(blocks), 'calls,', errs, 'errors')
