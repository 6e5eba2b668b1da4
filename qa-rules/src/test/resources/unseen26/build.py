import json, re, collections
from calls_def import C
probs=[]
def chk(cond,msg):
    if not cond: probs.append(msg)
stats=collections.Counter(); cats=collections.defaultdict(set); spans=0; lens=collections.Counter(); negs=0
qa_miss=collections.Counter()
for (n,ind,risk,scen,tags,turns,sig,si,nd,ns,fw,op,neg) in C:
    cid="call-u26-%02d"%n
    T=[{"speaker":"rep" if i%2==0 else "customer","text":t} for i,t in enumerate(turns)]
    for i,t in enumerate(turns):
        chk(not re.search(r'[A-Za-z0-9\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e ]',t),f"{cid} t{i} ascii: {t}")
    chk(8<=len(T)<=30,f"{cid} len")
    def ev(turn,e,side=None):
        chk(0<=turn<len(T),f"{cid} bad turn {turn}")
        chk(e in turns[turn],f"{cid} t{turn} missing '{e}'")
        chk(sum(e in t for t in turns)==1,f"{cid} '{e}' not unique")
        if side: chk(T[turn]["speaker"]==side,f"{cid} t{turn} not {side}")
    for cat,t,e in sig: ev(t,e); cats[cat].add(n); spans+=1
    for t,e in fw+op: ev(t,e,"rep")
    for t in neg: chk(T[t]["speaker"]=="customer",f"{cid} neg {t} not customer")
    chk((risk=="none")==(len(sig)==0),f"{cid} risk/signals mismatch")
    greeting=("您好" in turns[0] or "你好" in turns[0])
    lastrep=[t for i,t in enumerate(turns) if i%2==0][-1]
    closing=any(k in lastrep for k in ("谢谢","感谢","祝"))
    qa={"greeting":greeting,"self_intro":bool(si),"needs_discovery":bool(nd),
        "forbidden_words":[{"turn":t,"evidence":e} for t,e in fw],
        "over_promise":[{"turn":t,"evidence":e} for t,e in op],
        "next_step":bool(ns),"closing":closing}
    for k in ("greeting","self_intro","needs_discovery","next_step","closing"):
        if not qa[k]: qa_miss[k]+=1
    if fw: qa_miss["forbidden_words_calls"]+=1
    if op: qa_miss["over_promise_calls"]+=1
    d={"id":cid,"industry":ind,"scenario":scen,"tags":tags,"turns":T,
       "labels":{"churn_risk":risk,"churn_signals":[{"category":c,"turn":t,"evidence":e} for c,t,e in sig],
                 "qa":qa,"customer_negative_turns":sorted(neg)}}
    json.dump(d,open(cid+".json","w"),ensure_ascii=False,indent=1)
    stats[risk]+=1; negs+=len(neg)
    L=len(T); lens["short" if L<=10 else "medium" if L<=16 else "long"]+=1
print("problems:",len(probs)); [print(p) for p in probs]
print("risk",dict(stats)); print("cats",{k:len(v) for k,v in sorted(cats.items())}); print("spans",spans)
print("lens",dict(lens)); print("qa",dict(qa_miss)); print("neg turns",negs)
print("industries",collections.Counter(c[1] for c in C))
print("hard_neg",sum('hard_negative' in c[4] for c in C))
