import json,glob,collections as co
fs=sorted(glob.glob('/work/data/train-e21/*.json'))
R=co.Counter();I=co.Counter();CAT=co.Counter();L=co.Counter();spans=0;miss=co.Counter();fw=op=0;neg=0;hn=0;turns=0
for f in fs:
    d=json.load(open(f));l=d['labels'];R[l['churn_risk']]+=1;I[d['industry']]+=1
    n=len(d['turns']);turns+=n;L['short' if n<=10 else 'medium' if n<=16 else 'long']+=1
    for c in set(s['category'] for s in l['churn_signals']):CAT[c]+=1
    spans+=len(l['churn_signals'])
    for k in ['greeting','self_intro','needs_discovery','next_step','closing']:
        if not l['qa'][k]:miss[k]+=1
    fw+=bool(l['qa']['forbidden_words']);op+=bool(l['qa']['over_promise']);neg+=len(l['customer_negative_turns'])
    hn+='hard_negative' in d['tags']
    print(d['id'],d['industry'][:6],l['churn_risk'],n,[s['category'][:5] for s in l['churn_signals']],''.join(k[0] for k in ['greeting','self_intro','needs_discovery','next_step','closing'] if l['qa'][k]))
print(dict(R));print(dict(I));print(dict(CAT));print(dict(L),'turns',turns,'spans',spans);print('miss',dict(miss),'fw',fw,'op',op,'neg',neg,'hn',hn)
