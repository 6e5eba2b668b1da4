import json,re,sys,os
sys.path.insert(0,os.path.dirname(__file__))
from calls_def import CALLS
OUT=os.path.dirname(os.path.abspath(__file__))
pat=re.compile(r'\[(\w+):([^\]]+)\]|<(fw|op):([^>]+)>')
errs=0
for n,blk in enumerate(CALLS,1):
    lines=[l.strip() for l in blk.strip().split('\n') if l.strip()]
    ind,risk,flags,scen,tags=lines[0].split('|')
    turns=[];sig=[];fw=[];op=[];neg=[]
    for i,l in enumerate(lines[1:]):
        sp,txt=l.split(' ',1)
        spk='rep' if sp.startswith('R') else 'customer'
        if sp=='C!': neg.append(i)
        for m in pat.finditer(txt):
            if m.group(1): sig.append({'category':m.group(1),'turn':i,'evidence':m.group(2)})
            elif m.group(3)=='fw': fw.append({'turn':i,'evidence':m.group(4)})
            else: op.append({'turn':i,'evidence':m.group(4)})
        clean=pat.sub(lambda m:m.group(2) or m.group(4),txt)
        turns.append({'speaker':spk,'text':clean})
    for s in sig+fw+op:
        hits=[j for j,t in enumerate(turns) if s['evidence'] in t['text']]
        if hits!=[s['turn']]: print('multi/none',n,s,hits);errs+=1
    for s in fw+op:
        if turns[s['turn']]['speaker']!='rep': print('qa not rep',n,s);errs+=1
    for t in turns:
        if re.search(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\[\]<>]',t['text']): print('ascii',n,t['text']);errs+=1
    if risk=='none' and sig: print('none with sig',n);errs+=1
    if risk!='none' and not sig: print('no sig',n);errs+=1
    f=dict(zip('gsnxc',[c!='-' for c in flags]))
    cid='call-u33-%02d'%n
    d={'id':cid,'industry':ind,'scenario':scen,'tags':tags.split(',') if tags else [],'turns':turns,
       'labels':{'churn_risk':risk,'churn_signals':sig,'qa':{'greeting':f['g'],'self_intro':f['s'],'needs_discovery':f['n'],
       'forbidden_words':fw,'over_promise':op,'next_step':f['x'],'closing':f['c']},'customer_negative_turns':neg}}
    json.dump(d,open(os.path.join(OUT,cid+'.json'),'w'),ensure_ascii=False,indent=1)
print('calls',len(CALLS),'errs',errs)
