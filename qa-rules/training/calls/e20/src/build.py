import json, re, sys, glob, collections
IND={'saas':'b2b_saas','ind':'industrial_equipment','tel':'telecom','bank':'bank_wealth','fmcg':'fmcg_distribution','furn':'furniture','feed':'feed','hotel':'hotel_supplies'}
def blocks(fn):
    cur=None
    for line in open(fn,encoding='utf-8'):
        line=line.rstrip('\n')
        if not line.strip(): continue
        if line.startswith('=== '):
            if cur: yield cur
            cur={'head':line[4:].split(),'lines':[]}
        else: cur['lines'].append(line)
    if cur: yield cur
fill={b['head'][0]:b['lines'] for b in blocks('fillers.txt')}
calls=[]
for fn in sorted(glob.glob('[a-z].txt')):
    if fn=='fillers.txt': continue
    calls+=list(blocks(fn))
bad=re.compile(r'[A-Za-z0-9!-/:-@\[-`{-~]')
out=[];errs=[]
for i,b in enumerate(calls,1):
    cid='call-e20-%02d'%i
    ind,ln=b['head'];turns=[];sig=[];fw=[];op=[];neg=[];meta={}
    def addturn(l):
        sp={'R':'rep','C':'customer'}[l[0]]
        turns.append({'speaker':sp,'text':l[2:].strip()})
    for l in b['lines']:
        k=l[:2].strip()
        if k in('R','C'): addturn(l)
        elif k=='X':
            for fl in fill[l[2:].strip()]: addturn(fl)
        elif k=='S': meta['scenario']=l[2:].strip()
        elif k=='T': meta['tags']=l[2:].strip().split(',')
        elif k=='K': meta['risk']=l[2:].strip()
        elif k=='Q': meta['q']=l[2:].strip()
        elif k=='G': c,e=l[2:].strip().split('|'); sig.append((c,e))
        elif k=='F': fw.append(l[2:].strip())
        elif k=='O': op.append(l[2:].strip())
        elif k=='N': neg.append(l[2:].strip())
        else: errs.append((cid,'bad line',l))
    def find(e,sp=None):
        hits=[j for j,t in enumerate(turns) if e in t['text']]
        if len(hits)!=1: errs.append((cid,'evidence hits',e,hits)); return hits[0] if hits else -1
        if sp and turns[hits[0]]['speaker']!=sp: errs.append((cid,'speaker',e))
        return hits[0]
    for j,t in enumerate(turns):
        if bad.search(t['text']): errs.append((cid,'ascii',j,t['text']))
        if j and turns[j-1]['speaker']==t['speaker']: errs.append((cid,'same speaker',j))
    if turns[0]['speaker']!='rep': errs.append((cid,'first'))
    q=meta['q']
    lastrep=max(j for j,t in enumerate(turns) if t['speaker']=='rep')
    labels={'churn_risk':meta['risk'],
      'churn_signals':[{'category':c,'turn':find(e),'evidence':e} for c,e in sig],
      'qa':{'greeting':q[0]=='1','self_intro':q[1]=='1','needs_discovery':q[2]=='1',
            'forbidden_words':[{'turn':find(e,'rep'),'evidence':e} for e in fw],
            'over_promise':[{'turn':find(e,'rep'),'evidence':e} for e in op],
            'next_step':q[3]=='1','closing':q[4]=='1'},
      'customer_negative_turns':sorted(find(e,'customer') for e in neg)}
    if (meta['risk']=='none')!=(not sig): errs.append((cid,'risk/signal mismatch'))
    tags=meta['tags']
    for c,e in sig:
        if c not in tags: tags.append(c)
    if 'over_promise' not in tags and op: tags.append('over_promise')
    n=len(turns)
    tags=[t for t in tags if t!='short']+(['short'] if n<=10 else [])
    d={'id':cid,'industry':IND[ind],'scenario':meta['scenario'],'tags':tags,'turns':turns,'labels':labels}
    out.append(d)
    print(cid,ind,ln,n,meta['risk'],q,'sig',len(sig),'neg',len(neg),'fw',len(fw),'op',len(op),'lastrep',turns[lastrep]['text'][:18])
for e in errs: print('ERR',e)
if '--write' in sys.argv:
    for d in out: json.dump(d,open('/work/data/train-e20/%s.json'%d['id'],'w',encoding='utf-8'),ensure_ascii=False,indent=1)
C=collections.Counter; 
print('risk',C(d['labels']['churn_risk'] for d in out))
print('ind',C(d['industry'] for d in out))
cc=C();
for d in out:
    for c in set(s['category'] for s in d['labels']['churn_signals']): cc[c]+=1
print('cats',cc,'spans',sum(len(d['labels']['churn_signals']) for d in out))
L=[len(d['turns']) for d in out]
print('len short',sum(l<=10 for l in L),'med',sum(11<=l<=16 for l in L),'long25-35',sum(25<=l<=35 for l in L),'other',[l for l in L if 16<l<25 or l>35])
print('hardneg',sum('hard_negative' in d['tags'] for d in out))
for k in ['greeting','self_intro','needs_discovery','next_step','closing']: print(k,'missing',sum(not d['labels']['qa'][k] for d in out))
print('fw calls',sum(bool(d['labels']['qa']['forbidden_words']) for d in out),'op calls',sum(bool(d['labels']['qa']['over_promise']) for d in out),'negturns',sum(len(d['labels']['customer_negative_turns']) for d in out))
