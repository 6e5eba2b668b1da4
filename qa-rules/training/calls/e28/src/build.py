import json, re, sys, pathlib, importlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
CAT = dict(p='price',k='competitor',s='service',q='quality',m='communication',x='contact_change',d='demand_reduction',n='non_renewal',h='channel_conflict')
IND = dict(saas='b2b_saas',ind='industrial_equipment',tel='telecom',bank='bank_wealth',fmcg='fmcg_distribution',fur='furniture',feed='feed',hotel='hotel_supplies')
out = pathlib.Path(__file__).parent.parent
calls = []
for m in ['calls_a','calls_b','calls_c']:
    calls += importlib.import_module(m).CALLS
errs = 0
for (n, ind, risk, qa, scen, tags, body) in calls:
    cid = 'call-e28-%02d' % n
    lines = [l.strip() for l in body.strip().split('\n') if l.strip()]
    turns, sigs, fw, op, neg = [], [], [], [], []
    for i, l in enumerate(lines):
        spk = 'rep' if i % 2 == 0 else 'customer'
        if l.startswith('!'):
            l = l[1:]; neg.append(i); (spk=='customer') or print(cid,'neg on rep turn',i)
        for c, ev in re.findall(r'\[(\w):([^\]]+)\]', l):
            sigs.append(dict(category=CAT[c], turn=i, evidence=ev))
        for c, ev in re.findall(r'\{(\w):([^}]+)\}', l):
            (fw if c == 'f' else op).append(dict(turn=i, evidence=ev)); (spk=='rep') or print(cid,'qa on cust turn',i)
        l = re.sub(r'\[\w:([^\]]+)\]', r'\1', l); l = re.sub(r'\{\w:([^}]+)\}', r'\1', l)
        if re.search(r'[A-Za-z0-9,.?!:;()\[\]{}"\']', l): print(cid, 'ascii in turn', i, l); errs += 1
        turns.append(dict(speaker=spk, text=l))
    for s in sigs + fw + op:
        cnt = sum(1 for t in turns if s['evidence'] in t['text'])
        if cnt != 1: print(cid, 'evidence in', cnt, 'turns:', s['evidence']); errs += 1
    g = '您好' in turns[0]['text'] or '你好' in turns[0]['text']
    if g != ('G' in qa): print(cid, 'greeting mismatch'); errs += 1
    if (risk == 'none') != (not sigs): print(cid, 'risk/signal mismatch'); errs += 1
    if not (8 <= len(turns) <= 30): print(cid, 'len', len(turns)); errs += 1
    d = dict(id=cid, industry=IND[ind], scenario=scen, tags=tags.split(), turns=turns,
             labels=dict(churn_risk=risk, churn_signals=sigs,
                         qa=dict(greeting='G' in qa, self_intro='S' in qa, needs_discovery='N' in qa,
                                 forbidden_words=fw, over_promise=op, next_step='X' in qa, closing='C' in qa),
                         customer_negative_turns=neg))
    (out / (cid + '.json')).write_text(json.dumps(d, ensure_ascii=False, indent=1))
print(len(calls), 'calls,', errs, 'build problems')
