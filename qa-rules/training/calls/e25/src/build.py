import json,re,sys,collections
import a
for m in "bcdefgh": __import__(m)
A=sorted(a.A,key=lambda x:x[0])
assert [x[0] for x in A]==list(range(1,61)),[x[0] for x in A]
out="/work/data/train-e25"; probs=[]
for (n,ind,risk,scen,tags,turns,sig,qa,fw,op,neg) in A:
    cid="call-e25-%02d"%n
    T=[{"speaker":{"R":"rep","C":"customer"}[t[0]],"text":t[1:]} for t in turns]
    def chk(t,ev,who=None):
        if ev not in T[t]["text"]: probs.append((cid,t,ev,"notin"))
        c=sum(x["text"].count(ev) for x in T)
        if c!=1: probs.append((cid,t,ev,"count%d"%c))
        if who and T[t]["speaker"]!=who: probs.append((cid,t,ev,"speaker"))
    for t,c,ev in sig: chk(t,ev)
    for t,ev in fw+op: chk(t,ev,"rep")
    for t in neg:
        if T[t]["speaker"]!="customer": probs.append((cid,t,"neg"))
    for x in T:
        if re.search(r'[A-Za-z0-9!-/:-@\[-`{-~]',x["text"]): probs.append((cid,x["text"],"ascii"))
    fr=[x for x in T if x["speaker"]=="rep"][0]["text"]
    if ("G" in qa)!=("您好" in fr or "你好" in fr): probs.append((cid,"greet"))
    if risk=="none" and sig: probs.append((cid,"nonesig"))
    if risk!="none" and not sig: probs.append((cid,"nosig"))
    tg=list(tags)
    for c in sorted({s[1] for s in sig}):
        if c not in tg: tg.append(c)
    d={"id":cid,"industry":ind,"scenario":scen,"tags":tg,"turns":T,"labels":{"churn_risk":risk,
       "churn_signals":[{"category":c,"turn":t,"evidence":ev} for t,c,ev in sig],
       "qa":{"greeting":"G" in qa,"self_intro":"S" in qa,"needs_discovery":"D" in qa,
             "forbidden_words":[{"turn":t,"evidence":e} for t,e in fw],
             "over_promise":[{"turn":t,"evidence":e} for t,e in op],
             "next_step":"N" in qa,"closing":"C" in qa},
       "customer_negative_turns":sorted(neg)}}
    json.dump(d,open(f"{out}/{cid}.json","w"),ensure_ascii=False,indent=1)
print("problems",probs)
R=collections.Counter(x[2] for x in A); print("risk",R)
print("ind",collections.Counter(x[1] for x in A))
cat=collections.Counter(c for x in A for c in {s[1] for s in x[6]}); print("cat",cat)
print("spans",sum(len(x[6]) for x in A))
L=[len(x[5]) for x in A]; print("len short",sum(l<=10 for l in L),"med",sum(11<=l<=16 for l in L),"long",sum(l>=17 for l in L))
print("hn",sum("hard_negative" in x[4] for x in A))
for k,nm in zip("GSDNC",["greeting","self_intro","needs","next","closing"]): print(nm,"missing",sum(k not in x[7] for x in A))
print("fw calls",sum(bool(x[8]) for x in A),"op calls",sum(bool(x[9]) for x in A),"neg turns",sum(len(x[10]) for x in A))
