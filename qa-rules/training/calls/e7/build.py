#!/usr/bin/env python3
"""Build call-e7-NN.json from calls_def*.py.

Turn syntax (one turn per line): 'R text' rep, 'C text' customer, 'C! text' customer with negative emotion.
Inline spans: [pr:...] price, [co:...] competitor, [se:...] service, [qu:...] quality, [cm:...] communication,
[cc:...] contact_change, [dr:...] demand_reduction, [nr:...] non_renewal, [ch:...] channel_conflict,
[fw:...] forbidden word, [op:...] over-promise.  Markup is stripped from the output text.
"""
import json, os, re, sys, glob, importlib.util, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = {'pr': 'price', 'co': 'competitor', 'se': 'service', 'qu': 'quality', 'cm': 'communication',
       'cc': 'contact_change', 'dr': 'demand_reduction', 'nr': 'non_renewal', 'ch': 'channel_conflict'}
INDUSTRIES = ['b2b_saas', 'industrial_equipment', 'telecom', 'bank_wealth', 'fmcg_distribution', 'furniture',
              'feed', 'hotel_supplies']
SPAN = re.compile(r'\[(pr|co|se|qu|cm|cc|dr|nr|ch|fw|op):([^\]]+)\]')
ALLOWED_PUNCT = set('，。？！、：；“”‘’（）…—《》·')

CALLS = []


def C(num, industry, risk, qa, tags, scenario, body):
    CALLS.append(dict(num=num, industry=industry, risk=risk, qa=qa, tags=tags.split(), scenario=scenario, body=body))


def load():
    import builtins
    builtins.C = C
    for f in sorted(glob.glob(os.path.join(HERE, 'calls_def*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        spec.loader.exec_module(importlib.util.module_from_spec(spec))


def check_text(t, where, problems):
    for ch in t:
        if '\u4e00' <= ch <= '\u9fff' or ch in ALLOWED_PUNCT:
            continue
        problems.append(f'{where}: bad char {ch!r} in {t}')


def build():
    load()
    problems = []
    seen = set()
    out = []
    for c in CALLS:
        cid = 'call-e7-%02d' % c['num']
        if cid in seen:
            problems.append(f'{cid}: duplicate')
        seen.add(cid)
        assert c['industry'] in INDUSTRIES, cid
        turns, signals, fws, ops, neg = [], [], [], [], []
        lines = [l.strip() for l in c['body'].strip().split('\n') if l.strip()]
        for i, line in enumerate(lines):
            sp, text = line.split(' ', 1)
            speaker = {'R': 'rep', 'C': 'customer', 'C!': 'customer'}[sp]
            if sp == 'C!':
                neg.append(i)
            spans = SPAN.findall(text)
            plain = SPAN.sub(lambda m: m.group(2), text)
            check_text(plain, f'{cid} t{i}', problems)
            for tag, ev in spans:
                if tag in CAT:
                    signals.append({'category': CAT[tag], 'turn': i, 'evidence': ev})
                elif tag == 'fw':
                    if speaker != 'rep':
                        problems.append(f'{cid} t{i}: fw in customer turn')
                    fws.append({'turn': i, 'evidence': ev})
                else:
                    if speaker != 'rep':
                        problems.append(f'{cid} t{i}: op in customer turn')
                    ops.append({'turn': i, 'evidence': ev})
            turns.append({'speaker': speaker, 'text': plain})
        # evidence phrases occur in exactly one turn
        for s in signals + fws + ops:
            n = sum(1 for t in turns if s['evidence'] in t['text'])
            if n != 1:
                problems.append(f'{cid}: evidence {s["evidence"]} occurs in {n} turns')
        g, si, nd, ns, cl = [ch == '1' for ch in c['qa']]
        reps = [t for t in turns if t['speaker'] == 'rep']
        if turns[0]['speaker'] != 'rep':
            problems.append(f'{cid}: first turn not rep')
        has_g = ('您好' in reps[0]['text'] or '你好' in reps[0]['text'])
        if has_g != g:
            problems.append(f'{cid}: greeting flag {g} vs text {has_g}')
        has_cl = any(w in reps[-1]['text'] for w in ('谢谢', '感谢', '祝', '多谢'))
        if has_cl != cl:
            problems.append(f'{cid}: closing flag {cl} vs text {has_cl}')
        risk = c['risk']
        if risk == 'none' and signals:
            problems.append(f'{cid}: none with signals')
        if risk == 'low' and len(signals) != 1:
            problems.append(f'{cid}: low with {len(signals)} signals')
        if risk in ('medium', 'high') and not signals:
            problems.append(f'{cid}: {risk} without signals')
        n = len(turns)
        if not 8 <= n <= 30:
            problems.append(f'{cid}: {n} turns')
        tags = list(c['tags'])
        for s in signals:
            if s['category'] not in tags:
                tags.append(s['category'])
        if ops and 'over_promise' not in tags:
            tags.append('over_promise')
        lenclass = 'short' if n <= 10 else ('medium' if n <= 16 else 'long')
        if lenclass == 'short' and 'short' not in tags:
            tags.append('short')
        call = {
            'id': cid, 'industry': c['industry'], 'scenario': c['scenario'], 'tags': tags, 'turns': turns,
            'labels': {
                'churn_risk': risk, 'churn_signals': signals,
                'qa': {'greeting': g, 'self_intro': si, 'needs_discovery': nd, 'forbidden_words': fws,
                       'over_promise': ops, 'next_step': ns, 'closing': cl},
                'customer_negative_turns': neg,
            },
        }
        call['_len'] = lenclass
        out.append(call)
    return out, problems


def main():
    out, problems = build()
    for p in problems:
        print('PROBLEM', p)
    for call in out:
        lc = call.pop('_len')
        with open(os.path.join(HERE, call['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(call, f, ensure_ascii=False, indent=1)
            f.write('\n')
        call['_len'] = lc
    # distribution
    risk = collections.Counter(c['labels']['churn_risk'] for c in out)
    ind = collections.Counter(c['industry'] for c in out)
    lens = collections.Counter(c['_len'] for c in out)
    cats = collections.Counter()
    spans = collections.Counter()
    for c in out:
        for cat in {s['category'] for s in c['labels']['churn_signals']}:
            cats[cat] += 1
        for s in c['labels']['churn_signals']:
            spans[s['category']] += 1
    qa = collections.Counter()
    for c in out:
        q = c['labels']['qa']
        for k in ('greeting', 'self_intro', 'needs_discovery', 'next_step', 'closing'):
            if not q[k]:
                qa[k + '_missing'] += 1
        if q['forbidden_words']:
            qa['forbidden_words_calls'] += 1
        if q['over_promise']:
            qa['over_promise_calls'] += 1
    hn = sum('hard_negative' in c['tags'] for c in out)
    negt = sum(len(c['labels']['customer_negative_turns']) for c in out)
    nturns = sum(len(c['turns']) for c in out)
    print('calls', len(out), 'turns', nturns)
    print('risk', dict(risk))
    print('industry', dict(ind))
    print('length', dict(lens))
    print('calls per category', dict(cats.most_common()))
    print('signal spans', sum(spans.values()), dict(spans.most_common()))
    print('hard negatives', hn)
    print('qa', dict(qa))
    print('customer negative turns', negt)
    print('problems', len(problems))


if __name__ == '__main__':
    main()
