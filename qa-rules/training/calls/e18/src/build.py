import json,re,sys,glob,collections
sys.path.insert(0,'.')
CALLS=[]
def C(n,ind,risk,qa,scen,tags,text,sig=(),fw=(),op=()):
    CALLS.append(dict(n=n,ind=ind,risk=risk,qa=qa,scen=scen,tags=list(tags),text=text,sig=sig,fw=fw,op=op))
import builtins; builtins.C=C
for f in ['part_a','part_b','part_c','part_d']:
    try: __import__(f)
    except ModuleNotFoundError: pass
bad=re.compile(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]')
err=[]
def find(turns,ev,who=None):
    hits=[i for i,t in enumerate(turns) if ev in t['text']]
    if len(hits)!=1: err.append(f'{cid}: evidence {ev!r} in turns {hits}')
    elif who and turns[hits[0]]['speaker']!=who: err.append(f'{cid}: {ev!r} not in {who} turn')
    return hits[0] if hits else -1
for c in CALLS:
    cid='call-e18-%02d'%c['n']
    turns=[];neg=[]
    for line in [l.strip() for l in c['text'].strip().split('\n') if l.strip()]:
        tag,txt=line.split(' ',1)
        sp='rep' if tag[0]=='R' else 'customer'
        if '!' in tag: neg.append(len(turns))
        if bad.search(txt): err.append(f'{cid}: bad char in {txt}')
        turns.append(dict(speaker=sp,text=txt))
    q=c['qa']
    sig=[dict(category=k,turn=find(turns,e),evidence=e) for k,e in c['sig']]
    qa=dict(greeting=q[0]=='G',self_intro=q[1]=='S',needs_discovery=q[2]=='N',
        forbidden_words=[dict(turn=find(turns,e,'rep'),evidence=e) for e in c['fw']],
        over_promise=[dict(turn=find(turns,e,'rep'),evidence=e) for e in c['op']],
        next_step=q[3]=='X',closing=q[4]=='C')
    reps=[t for t in turns if t['speaker']=='rep']
    g=('您好' in reps[0]['text'] or '你好' in reps[0]['text'])
    if g!=qa['greeting']: err.append(f'{cid}: greeting mismatch')
    cl=any(w in reps[-1]['text'] for w in ['谢谢','感谢','祝','多谢'])
    if cl!=qa['closing']: err.append(f'{cid}: closing mismatch')
    if (c['risk']=='none')!=(len(sig)==0): err.append(f'{cid}: risk/sig mismatch')
    d=dict(id=cid,industry=c['ind'],scenario=c['scen'],tags=c['tags'],turns=turns,
        labels=dict(churn_risk=c['risk'],churn_signals=sig,qa=qa,customer_negative_turns=neg))
    c['d']=d
    json.dump(d,open(f'../{cid}.json','w'),ensure_ascii=False,indent=1)
print('\n'.join(err)); print(len(CALLS),'calls',len(err),'errors')
R=collections.Counter(c['risk'] for c in CALLS);print(R)
print(collections.Counter(c['ind'] for c in CALLS))
cat=collections.Counter();spans=collections.Counter()
for c in CALLS:
    for k in set(k for k,_ in c['sig']): cat[k]+=1
    for k,_ in c['sig']: spans[k]+=1
print('calls/cat',dict(cat));print('spans',dict(spans),sum(spans.values()))
L=[len(c['d']['turns']) for c in CALLS]
print('short',sum(l<=10 for l in L),'med',sum(11<=l<=16 for l in L),'long',sum(l>=17 for l in L),'turns',sum(L))
print('hardneg',sum('hard_negative' in c['tags'] for c in CALLS))
for i,k in enumerate(['greeting','self_intro','needs_discovery','next_step','closing']):
    print(k,'missing',sum(not c['d']['labels']['qa'][k] for c in CALLS))
print('fw calls',sum(bool(c['fw']) for c in CALLS),'op calls',sum(bool(c['op']) for c in CALLS),'neg turns',sum(len(c['d']['labels']['customer_negative_turns']) for c in CALLS))
