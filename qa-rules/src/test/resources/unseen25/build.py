import json, re, glob, importlib.util, sys
calls=[]
for f in sorted(glob.glob('/work/data/unseen25/part*.py')):
    ns={}; exec(open(f,encoding='utf-8').read(),ns); calls+=ns['CALLS']
bad=0
def err(*a):
    global bad; bad+=1; print(*a)
for i,c in enumerate(calls,1):
    cid='call-u25-%02d'%i
    turns=[];neg=[]
    for line in c['t'].strip().split('\n'):
        line=line.strip()
        if not line: continue
        sp,txt=line.split(' ',1)
        if sp=='C!': neg.append(len(turns))
        turns.append({'speaker':'rep' if sp=='R' else 'customer','text':txt.strip()})
    for t in turns:
        if re.search(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]',t['text']): err(cid,'ascii',t['text'])
    def find(ev,rep_only=False):
        hits=[k for k,t in enumerate(turns) if ev in t['text']]
        if len(hits)!=1: err(cid,'hits',len(hits),ev); return -1
        if rep_only and turns[hits[0]]['speaker']!='rep': err(cid,'not rep',ev)
        return hits[0]
    sig=[{'category':cat,'turn':find(ev),'evidence':ev} for cat,ev in c.get('sig',[])]
    q=c['qa']
    qa={'greeting':'g' in q,'self_intro':'s' in q,'needs_discovery':'n' in q,
        'forbidden_words':[{'turn':find(e,True),'evidence':e} for e in c.get('fw',[])],
        'over_promise':[{'turn':find(e,True),'evidence':e} for e in c.get('op',[])],
        'next_step':'x' in q,'closing':'c' in q}
    first=[t for t in turns if t['speaker']=='rep'][0]['text']
    if ('g' in q)!=(('您好' in first) or ('你好' in first)): err(cid,'greeting mismatch')
    if c['risk']=='none' and sig: err(cid,'none with sig')
    if c['risk']!='none' and not sig: err(cid,'no sig')
    n=len(turns)
    if not 8<=n<=30: err(cid,'len',n)
    d={'id':cid,'industry':c['ind'],'scenario':c['scen'],'tags':c['tags']+(['short'] if n<=10 else []),'turns':turns,
       'labels':{'churn_risk':c['risk'],'churn_signals':sig,'qa':qa,'customer_negative_turns':neg}}
    json.dump(d,open(f'/work/data/unseen25/{cid}.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(calls),'calls',bad,'problems')
