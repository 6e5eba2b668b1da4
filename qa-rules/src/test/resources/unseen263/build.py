#!/usr/bin/env python3
"""Build call-u263-NN.json from calls_1.py .. calls_4.py and check them.

Checks: every evidence is an exact substring of its turn; QA spans on rep turns;
negative turns are customer turns; text is Chinese only (no Latin letters, no
ASCII digits or punctuation); 8-30 turns; 10 calls per risk level; none calls
have no signals, others at least one; greeting flag agrees with the first rep
turn; all eight industries used.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import calls_1, calls_2, calls_3, calls_4  # noqa: E402

INDUSTRIES = {'b2b_saas', 'industrial_equipment', 'telecom', 'bank_wealth',
              'fmcg_distribution', 'furniture', 'feed', 'hotel_supplies'}
CATEGORIES = ['price', 'competitor', 'service', 'quality', 'communication',
              'contact_change', 'demand_reduction', 'non_renewal', 'channel_conflict']
RISKS = ['none', 'low', 'medium', 'high']
SPK = {'R': 'rep', 'C': 'customer'}
BAD = re.compile(r'[\x00-\x7f]')  # any ASCII char (letters, digits, punctuation, space)

problems = []


def bad(msg):
    problems.append(msg)


def check_text(cid, where, s):
    m = BAD.search(s)
    if m:
        bad(f'{cid} {where}: ASCII char {m.group()!r} in {s!r}')


def build(c):
    cid = 'call-u263-' + c['n']
    turns = [{'speaker': SPK[s], 'text': t} for s, t in c['turns']]
    if not 8 <= len(turns) <= 30:
        bad(f'{cid}: {len(turns)} turns')
    for i, t in enumerate(turns):
        check_text(cid, f'turn {i}', t['text'])
    check_text(cid, 'scenario', c['scenario'])
    if c['industry'] not in INDUSTRIES:
        bad(f'{cid}: industry {c["industry"]}')
    if c['risk'] not in RISKS:
        bad(f'{cid}: risk {c["risk"]}')

    signals = []
    for cat, ti, ev in c['signals']:
        if cat not in CATEGORIES:
            bad(f'{cid}: category {cat}')
        if not (0 <= ti < len(turns)) or ev not in turns[ti]['text']:
            bad(f'{cid}: signal evidence {ev!r} not in turn {ti}')
        signals.append({'category': cat, 'turn': ti, 'evidence': ev})
    if c['risk'] == 'none' and signals:
        bad(f'{cid}: none call with signals')
    if c['risk'] != 'none' and not signals:
        bad(f'{cid}: {c["risk"]} call without signals')

    q = c['qa']
    spans = {}
    for key, src in (('forbidden_words', 'forbidden'), ('over_promise', 'over')):
        spans[key] = []
        for ti, ev in q[src]:
            if not (0 <= ti < len(turns)) or turns[ti]['speaker'] != 'rep':
                bad(f'{cid}: {key} span on non-rep turn {ti}')
            elif ev not in turns[ti]['text']:
                bad(f'{cid}: {key} evidence {ev!r} not in turn {ti}')
            spans[key].append({'turn': ti, 'evidence': ev})

    for ti in c['neg']:
        if not (0 <= ti < len(turns)) or turns[ti]['speaker'] != 'customer':
            bad(f'{cid}: negative turn {ti} is not a customer turn')

    rep_turns = [t['text'] for t in turns if t['speaker'] == 'rep']
    has_hello = ('您好' in rep_turns[0]) or ('你好' in rep_turns[0])
    if has_hello != q['greeting']:
        bad(f'{cid}: greeting flag {q["greeting"]} but first rep turn hello={has_hello}')
    last = rep_turns[-1]
    thanks = any(w in last for w in ('谢谢', '感谢', '祝'))
    if thanks != q['closing']:
        bad(f'{cid}: closing flag {q["closing"]} but last rep turn thanks={thanks}')

    tags = list(c['tags'])
    for s in signals:
        if s['category'] not in tags:
            tags.append(s['category'])
    if spans['over_promise'] and 'over_promise' not in tags:
        tags.append('over_promise')

    return {
        'id': cid,
        'industry': c['industry'],
        'scenario': c['scenario'],
        'tags': tags,
        'turns': turns,
        'labels': {
            'churn_risk': c['risk'],
            'churn_signals': signals,
            'qa': {
                'greeting': q['greeting'],
                'self_intro': q['self_intro'],
                'needs_discovery': q['needs'],
                'forbidden_words': spans['forbidden_words'],
                'over_promise': spans['over_promise'],
                'next_step': q['next_step'],
                'closing': q['closing'],
            },
            'customer_negative_turns': sorted(c['neg']),
        },
    }


def main():
    raw = calls_1.CALLS + calls_2.CALLS + calls_3.CALLS + calls_4.CALLS
    nums = [c['n'] for c in raw]
    if nums != [f'{i:02d}' for i in range(1, 41)]:
        bad(f'call numbers not 01..40 in order: {nums}')
    out = [build(c) for c in raw]

    risk = collections.Counter(o['labels']['churn_risk'] for o in out)
    for r in RISKS:
        if risk[r] != 10:
            bad(f'risk {r}: {risk[r]} calls, want 10')
    ind = collections.Counter(o['industry'] for o in out)
    if set(ind) != INDUSTRIES:
        bad(f'industries used: {sorted(ind)}')

    if problems:
        print('\n'.join(problems))
        print(f'{len(problems)} problems; nothing written')
        sys.exit(1)

    for o in out:
        with open(os.path.join(HERE, o['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(o, f, ensure_ascii=False, indent=1)
            f.write('\n')

    turns = sum(len(o['turns']) for o in out)
    sig = collections.Counter(s['category'] for o in out for s in o['labels']['churn_signals'])
    calls_with = collections.Counter(c for o in out for c in {s['category'] for s in o['labels']['churn_signals']})
    qa = collections.Counter()
    for o in out:
        q = o['labels']['qa']
        for k in ('greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing'):
            if not q[k]:
                qa[k + ' missing'] += 1
        if q['forbidden_words']:
            qa['forbidden_words calls'] += 1
        if q['over_promise']:
            qa['over_promise calls'] += 1
    neg = sum(len(o['labels']['customer_negative_turns']) for o in out)
    print(f'wrote {len(out)} calls, {turns} turns')
    print('risk:', dict(risk))
    print('industry:', dict(ind))
    print('signal spans per category:', {c: sig[c] for c in CATEGORIES}, 'total', sum(sig.values()))
    print('calls containing category:', {c: calls_with[c] for c in CATEGORIES})
    print('qa:', dict(qa))
    print('customer negative turns:', neg)


if __name__ == '__main__':
    main()
