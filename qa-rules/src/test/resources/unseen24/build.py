import json,re,sys,collections
sys.path.insert(0,'.')
from calls_def import CALLS
pat=re.compile(r'\[([a-zA-Z_]+)\|([^\]]+)\]')
stats=collections.Counter();cat=collections.Counter();risk=collections.Counter();spans=0;lens=collections.Counter()
for i,c in enumerate(CALLS,1):
    ind,rk,scen,tags,miss,raw=c
    cid=f"call-u24-{i:02d}";turns=[];sig=[];fw=[];op=[];neg=[]
    for t,line in enumerate(raw):
        sp,txt=line.split(':',1)
        spk='rep' if sp.startswith('R') else 'customer'
        if sp.endswith('!'): assert spk=='customer';neg.append(t)
        for m in pat.finditer(txt):
            k,p=m.groups()
            if k=='FW': assert spk=='rep';fw.append({"turn":t,"evidence":p})
            elif k=='OP': assert spk=='rep';op.append({"turn":t,"evidence":p})
            else: sig.append({"category":k,"turn":t,"evidence":p})
        turns.append({"speaker":spk,"text":pat.sub(lambda m:m.group(2),txt)})
    for s in sig+fw+op:
        n=sum(s['evidence'] in x['text'] for x in turns)
        assert n==1,(cid,s,n)
        assert s['evidence'] in turns[s['turn']]['text']
    for t in turns:
        bad=[ch for ch in t['text'] if ord(ch)<128]
        assert not bad,(cid,t['text'],bad)
    assert (rk=='none')==(not sig),cid
    qa={"greeting":'G' not in miss,"self_intro":'S' not in miss,"needs_discovery":'N' not in miss,
        "forbidden_words":fw,"over_promise":op,"next_step":'X' not in miss,"closing":'C' not in miss}
    tags=[t for t in tags if t!='short']+(['short'] if len(turns)<=10 else [])
    d={"id":cid,"industry":ind,"scenario":scen,"tags":tags,"turns":turns,
       "labels":{"churn_risk":rk,"churn_signals":sig,"qa":qa,"customer_negative_turns":neg}}
    json.dump(d,open(cid+'.json','w'),ensure_ascii=False,indent=1)
    risk[rk]+=1;spans+=len(sig)
    for k in set(s['category'] for s in sig): cat[k]+=1
    for ch in miss: stats['miss_'+ch]+=1
    if fw: stats['fw_calls']+=1
    if op: stats['op_calls']+=1
    if 'hard_negative' in tags: stats['hard_neg']+=1
    stats['neg_turns']+=len(neg)
    n=len(turns);lens['short' if n<=10 else 'medium' if n<=16 else 'long']+=1
    stats['turns']+=n
print(len(CALLS),dict(risk),dict(cat),'spans',spans,dict(stats),dict(lens))
print(collections.Counter(c[0] for c in CALLS))
