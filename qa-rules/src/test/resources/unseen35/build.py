import json,re,os,sys
sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from calls_def import CALLS
CAT={'price','competitor','service','quality','communication','contact_change','demand_reduction','non_renewal','channel_conflict'}
out=os.path.dirname(os.path.abspath(__file__)); errs=0
for n,(ind,risk,flags,scen,tags,body) in enumerate(CALLS,1):
    cid='call-u35-%02d'%n; turns=[]; sig=[]; fw=[]; op=[]; neg=[]
    for line in body.strip().split('\n'):
        sp,txt=line.split(':',1); i=len(turns)
        if sp=='C!': neg.append(i)
        for c,p in re.findall(r'\{(\w+):([^}]*)\}',txt):
            assert c in CAT,(cid,c); sig.append({'category':c,'turn':i,'evidence':p})
        for k,p in re.findall(r'\[([FO]):([^\]]*)\]',txt):
            assert sp=='R',(cid,p); (fw if k=='F' else op).append({'turn':i,'evidence':p})
        clean=re.sub(r'\{\w+:([^}]*)\}',r'\1',txt); clean=re.sub(r'\[[FO]:([^\]]*)\]',r'\1',clean)
        turns.append({'speaker':'rep' if sp=='R' else 'customer','text':clean})
    for s in sig+fw+op:
        hits=[t for t in turns if s['evidence'] in t['text']]
        if len(hits)!=1: print(cid,'evidence not unique',s); errs+=1
    if re.search(r'[A-Za-z0-9,.!?;:()]',''.join(t['text'] for t in turns)): print(cid,'ascii'); errs+=1
    if (risk=='none')!=(not sig): print(cid,'risk/signal mismatch'); errs+=1
    d={'id':cid,'industry':ind,'scenario':scen,'tags':tags,'turns':turns,'labels':{'churn_risk':risk,'churn_signals':sig,
       'qa':{'greeting':'G' in flags,'self_intro':'S' in flags,'needs_discovery':'N' in flags,'forbidden_words':fw,'over_promise':op,
             'next_step':'X' in flags,'closing':'C' in flags},'customer_negative_turns':neg}}
    json.dump(d,open(os.path.join(out,cid+'.json'),'w'),ensure_ascii=False,indent=1)
print('built',len(CALLS),'errors',errs)
