import json, re, sys, glob, os, collections
CATS="price competitor service quality communication contact_change demand_reduction non_renewal channel_conflict".split()
src=""
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__),"calls_def*.txt"))): src+=open(f).read()+"\n"
blocks=[b for b in re.split(r"^@",src,flags=re.M) if b.strip()]
out="/work/data/train-e22"; probs=[]; stats=collections.Counter(); catc=collections.Counter(); lens=collections.Counter(); ind=collections.Counter()
qamiss=collections.Counter(); nspans=0; hn=0; multi=0
bad=re.compile(r"[A-Za-z0-9!-/:-@\[-`{-~]")
for b in blocks:
    lines=[l.strip() for l in b.strip().split("\n") if l.strip()]
    num,indus,risk,qa=lines[0].split()[:4]; scen=lines[1]; tags=lines[2].split(",") if lines[2]!="-" else []
    cid=f"call-e22-{int(num):02d}"; turns=[]; sig=[]; fw=[]; op=[]; neg=[]
    for l in lines[3:]:
        sp,txt=l.split(" ",1); txt=txt.strip()
        t=len(turns)
        for m in re.finditer(r"\{(\w+):([^}]*)\}",txt):
            k,e=m.group(1),m.group(2)
            if k=="FW": fw.append({"turn":t,"evidence":e})
            elif k=="OP": op.append({"turn":t,"evidence":e})
            elif k in CATS: sig.append({"category":k,"turn":t,"evidence":e})
            else: probs.append(f"{cid} bad key {k}")
            if k in("FW","OP") and not sp.startswith("R"): probs.append(f"{cid} qa span in cust turn {t}")
            if k in CATS and sp.startswith("R") and k!="contact_change": probs.append(f"{cid} note: rep-turn signal {k} t{t}")
        clean=re.sub(r"\{\w+:([^}]*)\}",r"\1",txt)
        if bad.search(clean): probs.append(f"{cid} t{t} ascii: {bad.findall(clean)}")
        if sp=="C!": neg.append(t)
        turns.append({"speaker":"rep" if sp=="R" else "customer","text":clean})
        if sp not in("R","C","C!"): probs.append(f"{cid} bad speaker {sp}")
    for s in sig+fw+op:
        occ=[i for i,x in enumerate(turns) if s["evidence"] in x["text"]]
        if occ!=[s["turn"]]: probs.append(f"{cid} evidence {s['evidence']} occurs in {occ}")
    g,si,nd,nx,cl=[c=="1" for c in qa]
    reps=[x for x in turns if x["speaker"]=="rep"]
    if g!=bool(re.search("您好|你好",reps[0]["text"])): probs.append(f"{cid} greeting mismatch")
    if cl!=bool(re.search("谢|感谢|祝",reps[-1]["text"])): probs.append(f"{cid} closing check")
    if (risk=="none")!=(len(sig)==0): probs.append(f"{cid} risk/signal mismatch")
    if not 8<=len(turns)<=30: probs.append(f"{cid} turns {len(turns)}")
    for c in [x["category"] for x in sig]:
        if c not in tags: tags.append(c)
    if op and "over_promise" not in tags: tags.append("over_promise")
    d={"id":cid,"industry":indus,"scenario":scen,"tags":tags,"turns":turns,
       "labels":{"churn_risk":risk,"churn_signals":sig,"qa":{"greeting":g,"self_intro":si,"needs_discovery":nd,
       "forbidden_words":fw,"over_promise":op,"next_step":nx,"closing":cl},"customer_negative_turns":neg}}
    json.dump(d,open(f"{out}/{cid}.json","w"),ensure_ascii=False,indent=1)
    stats[risk]+=1; ind[indus]+=1; nspans+=len(sig)
    for c in set(s["category"] for s in sig): catc[c]+=1
    if len(set(s["category"] for s in sig))>=2: multi+=1
    if "hard_negative" in tags: hn+=1
    n=len(turns); lens["short" if n<=10 else "medium" if n<=16 else "long"]+=1
    for k,v in zip(["greeting","self_intro","needs_discovery","next_step","closing"],[g,si,nd,nx,cl]):
        if not v: qamiss[k]+=1
    qamiss["forbidden_words_calls"]+=bool(fw); qamiss["over_promise_calls"]+=bool(op); qamiss["neg_turns"]+=len(neg)
print(len(blocks),"calls"); print(dict(stats)); print(dict(ind)); print(dict(catc)); print("spans",nspans,"multi",multi,"hn",hn)
print(dict(lens)); print(dict(qamiss))
for p in probs: print("PROB",p)
