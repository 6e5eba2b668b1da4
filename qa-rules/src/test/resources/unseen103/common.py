def R(text, *marks):
    return ("rep", text, list(marks))

def C(text, *marks):
    return ("customer", text, list(marks))

def call(n, industry, risk, scenario, tags, turns, miss=()):
    return dict(n=n, industry=industry, risk=risk, scenario=scenario, tags=list(tags), turns=turns, miss=set(miss))
