#!/usr/bin/env python3
"""Build call-u243-NN.json from calls_1.py .. calls_4.py and check them."""
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INDUSTRIES = {'b2b_saas', 'industrial_equipment', 'telecom', 'bank_wealth',
              'fmcg_distribution', 'furniture', 'feed', 'hotel_supplies'}
CATEGORIES = {'price', 'competitor', 'service', 'quality', 'communication',
              'contact_change', 'demand_reduction', 'non_renewal', 'channel_conflict'}
RISKS = ['none', 'low', 'medium', 'high']
BAD_CHARS = re.compile(r'[A-Za-z0-9\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]')
SPEAKER = {'r': 'rep', 'c': 'customer'}


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + '.py'))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.CALLS


def main():
    calls = []
    for i in range(1, 5):
        part = load('calls_%d' % i)
        assert len(part) == 10, ('calls_%d' % i, len(part))
        calls.extend(part)
    errors = []

    def err(cid, msg):
        errors.append('%s: %s' % (cid, msg))

    assert sorted(c['n'] for c in calls) == list(range(1, 41))
    risk_count = collections.Counter()
    cat_count = collections.Counter()
    calls_with_cat = collections.Counter()
    ind_count = collections.Counter()
    total_turns = 0
    qa_missing = collections.Counter()
    neg_total = 0
    for c in calls:
        cid = 'call-u243-%02d' % c['n']
        turns = [{'speaker': SPEAKER[s], 'text': t} for s, t in c['turns']]
        n = len(turns)
        total_turns += n
        if not 8 <= n <= 30:
            err(cid, 'turn count %d' % n)
        if c['industry'] not in INDUSTRIES:
            err(cid, 'industry %s' % c['industry'])
        ind_count[c['industry']] += 1
        if c['risk'] not in RISKS:
            err(cid, 'risk %s' % c['risk'])
        risk_count[c['risk']] += 1
        for i, t in enumerate(turns):
            m = BAD_CHARS.search(t['text'])
            if m:
                err(cid, 'turn %d has bad char %r' % (i, m.group()))
        if BAD_CHARS.search(c['scenario']):
            err(cid, 'scenario has bad char')
        # signals
        sigs = []
        for cat, ti, ev in c['signals']:
            if cat not in CATEGORIES:
                err(cid, 'category %s' % cat)
            if not 0 <= ti < n:
                err(cid, 'signal turn %d out of range' % ti)
                continue
            if ev not in turns[ti]['text']:
                err(cid, 'signal evidence not in turn %d: %s' % (ti, ev))
            sigs.append({'category': cat, 'turn': ti, 'evidence': ev})
            cat_count[cat] += 1
        for cat in {s['category'] for s in sigs}:
            calls_with_cat[cat] += 1
        if c['risk'] == 'none' and sigs:
            err(cid, 'none call with signals')
        if c['risk'] != 'none' and not sigs:
            err(cid, 'non-none call without signals')
        # qa
        q = c['qa']
        spans = {}
        for key, lst in (('forbidden_words', q['forbidden']), ('over_promise', q['over'])):
            out = []
            for ti, ev in lst:
                if not 0 <= ti < n or turns[ti]['speaker'] != 'rep':
                    err(cid, '%s span on non-rep turn %d' % (key, ti))
                elif ev not in turns[ti]['text']:
                    err(cid, '%s evidence not in turn %d: %s' % (key, ti, ev))
                out.append({'turn': ti, 'evidence': ev})
            spans[key] = out
        rep_idx = [i for i, t in enumerate(turns) if t['speaker'] == 'rep']
        first_rep = turns[rep_idx[0]]['text']
        last_rep = turns[rep_idx[-1]]['text']
        if q['greeting'] != ('您好' in first_rep or '你好' in first_rep):
            err(cid, 'greeting label disagrees with first rep turn')
        has_close = any(w in last_rep for w in ('谢谢', '感谢', '祝'))
        if q['closing'] != has_close:
            err(cid, 'closing label disagrees with last rep turn')
        for k in ('greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing'):
            if not q[k]:
                qa_missing[k] += 1
        if spans['forbidden_words']:
            qa_missing['calls_with_forbidden'] += 1
        if spans['over_promise']:
            qa_missing['calls_with_over_promise'] += 1
        for ti in c['neg']:
            if not 0 <= ti < n or turns[ti]['speaker'] != 'customer':
                err(cid, 'negative turn %d is not a customer turn' % ti)
        neg_total += len(c['neg'])
        doc = {
            'id': cid,
            'industry': c['industry'],
            'scenario': c['scenario'],
            'tags': c['tags'],
            'turns': turns,
            'labels': {
                'churn_risk': c['risk'],
                'churn_signals': sigs,
                'qa': {
                    'greeting': q['greeting'],
                    'self_intro': q['self_intro'],
                    'needs_discovery': q['needs_discovery'],
                    'forbidden_words': spans['forbidden_words'],
                    'over_promise': spans['over_promise'],
                    'next_step': q['next_step'],
                    'closing': q['closing'],
                },
                'customer_negative_turns': sorted(c['neg']),
            },
        }
        with open(os.path.join(HERE, cid + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
    for r in RISKS:
        if risk_count[r] != 10:
            errors.append('risk %s count %d' % (r, risk_count[r]))
    if set(ind_count) != INDUSTRIES:
        errors.append('industries missing: %s' % (INDUSTRIES - set(ind_count)))
    print('calls', len(calls), 'turns', total_turns)
    print('risk', dict(risk_count))
    print('industry', dict(ind_count))
    print('signal spans per category', dict(cat_count.most_common()), 'total', sum(cat_count.values()))
    print('calls per category', dict(calls_with_cat.most_common()))
    print('qa', dict(qa_missing), 'negative customer turns', neg_total)
    for e in errors:
        print('ERROR', e)
    print('%d build errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
