CALLS = []
def C(n, industry, risk, scenario, tags, text, sig=(), miss=(), fw=(), op=()):
    CALLS.append(dict(n=n, industry=industry, risk=risk, scenario=scenario, tags=list(tags),
                      text=text, sig=list(sig), miss=list(miss), fw=list(fw), op=list(op)))
