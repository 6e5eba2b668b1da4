import json, re, collections, sys
sys.path.insert(0, '.')
from calls_def import C
bad = re.compile(r'[\x00-\x7f]')
probs = []
stats = collections.Counter(); cats = collections.Counter(); spans = 0
for n, (ind, risk, scen, tags, texts, sigs, qa, fw, op, neg) in enumerate(C, 1):
    cid = f"call-u32-{n:02d}"
    turns = [{"speaker": "rep" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(texts)]
    for i, t in enumerate(texts):
        if bad.search(t): probs.append((cid, i, 'ascii', t))
    def loc(ev, who=None):
        hits = [i for i, t in enumerate(texts) if ev in t]
        if len(hits) != 1: probs.append((cid, ev, 'hits', hits)); return hits[0] if hits else -1
        if who and turns[hits[0]]['speaker'] != who: probs.append((cid, ev, 'speaker'))
        return hits[0]
    cs = [{"category": c, "turn": loc(e), "evidence": e} for c, e in sigs]
    for c in set(c for c, _ in sigs): cats[c] += 1
    spans += len(cs)
    assert len(qa) == 5, cid
    for i in neg:
        if turns[i]['speaker'] != 'customer': probs.append((cid, i, 'neg not customer'))
    if (risk == 'none') != (not cs): probs.append((cid, 'risk/signals mismatch'))
    lab = {"churn_risk": risk, "churn_signals": cs,
           "qa": {"greeting": qa[0] == 'G', "self_intro": qa[1] == 'S', "needs_discovery": qa[2] == 'D',
                  "forbidden_words": [{"turn": loc(e, 'rep'), "evidence": e} for e in fw],
                  "over_promise": [{"turn": loc(e, 'rep'), "evidence": e} for e in op],
                  "next_step": qa[3] == 'N', "closing": qa[4] == 'C'},
           "customer_negative_turns": sorted(neg)}
    d = {"id": cid, "industry": ind, "scenario": scen, "tags": tags, "turns": turns, "labels": lab}
    json.dump(d, open(cid + '.json', 'w'), ensure_ascii=False, indent=1)
    L = len(texts); stats['short' if L <= 10 else 'medium' if L <= 16 else 'long'] += 1
    stats['risk_' + risk] += 1; stats['ind_' + ind] += 1
    for k, ch in zip(['greeting', 'self_intro', 'needs', 'next', 'closing'], qa):
        if ch == '-': stats['miss_' + k] += 1
    if fw: stats['fw_calls'] += 1
    if op: stats['op_calls'] += 1
    if 'hard_negative' in tags: stats['hard_neg'] += 1
    stats['neg_turns'] += len(neg); stats['turns'] += L
    if L < 8 or L > 30: probs.append((cid, 'len', L))
print(len(C), 'calls'); print(dict(sorted(stats.items()))); print(dict(cats.most_common())); print('spans', spans)
print('problems', probs)
