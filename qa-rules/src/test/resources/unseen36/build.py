import json, re, collections, sys
exec(open('calls_def.py').read())
probs=[]; stats=collections.Counter(); cats=collections.Counter(); spans=0
for i,c in enumerate(CALLS,1):
    cid=f"call-u36-{i:02d}"
    turns=[{"speaker":"rep" if t[0]=="R" else "customer","text":t[1:]} for t in c["turns"]]
    def chk(turn,ev,who=None):
        if who and turns[turn]["speaker"]!=who: probs.append((cid,turn,ev,"speaker"))
        n=[k for k,t in enumerate(turns) if ev in t["text"]]
        if n!=[turn]: probs.append((cid,turn,ev,n))
    for cat,t,ev in c["sig"]: chk(t,ev)
    for t,ev in list(c["fw"])+list(c["op"]): chk(t,ev,"rep")
    for t in c["neg"]:
        if turns[t]["speaker"]!="customer": probs.append((cid,t,"neg"))
    for t in turns:
        if re.search(r"[A-Za-z0-9!-/:-@\[-`{-~]",t["text"]): probs.append((cid,t["text"],"ascii"))
    if (c["risk"]=="none")!=(len(c["sig"])==0): probs.append((cid,"risk/sig"))
    miss=set(filter(None,c["miss"].split(",")))
    qa={k:(k not in miss) for k in ["greeting","self_intro","needs_discovery"]}
    qa["forbidden_words"]=[{"turn":t,"evidence":e} for t,e in c["fw"]]
    qa["over_promise"]=[{"turn":t,"evidence":e} for t,e in c["op"]]
    qa["next_step"]="next_step" not in miss; qa["closing"]="closing" not in miss
    d={"id":cid,"industry":c["ind"],"scenario":c["scen"],"tags":c["tags"],"turns":turns,
       "labels":{"churn_risk":c["risk"],"churn_signals":[{"category":a,"turn":b,"evidence":e} for a,b,e in c["sig"]],
       "qa":qa,"customer_negative_turns":sorted(c["neg"])}}
    json.dump(d,open(cid+".json","w"),ensure_ascii=False,indent=1)
    n=len(turns); stats["risk_"+c["risk"]]+=1; stats["len_"+("short" if n<=10 else "medium" if n<=16 else "long")]+=1
    if n<8 or n>30: probs.append((cid,"len",n))
    for k in miss: stats["miss_"+k]+=1
    if c["fw"]: stats["calls_fw"]+=1
    if c["op"]: stats["calls_op"]+=1
    if "hard_negative" in c["tags"]: stats["hard_neg"]+=1
    stats["neg_turns"]+=len(c["neg"]); stats["turns"]+=n
    for cat in {s[0] for s in c["sig"]}: cats[cat]+=1
    spans+=len(c["sig"])
    print(cid,c["ind"],c["risk"],n)
print(dict(stats)); print(dict(cats)); print("spans",spans); print("PROBLEMS",probs)
