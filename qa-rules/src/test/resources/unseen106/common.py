CALLS = []
def C(n, industry, scenario, tags, risk, body, sig=(), miss="", fw=(), op=()):
    turns, neg = [], []
    for line in body.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        who, text = line.split(" ", 1)
        sp = "rep" if who == "R" else "customer"
        if who == "C!":
            neg.append(len(turns))
        turns.append({"speaker": sp, "text": text.strip()})
    CALLS.append(dict(n=n, industry=industry, scenario=scenario, tags=list(tags), risk=risk,
                      turns=turns, sig=list(sig), miss=[m for m in miss.split(",") if m],
                      fw=list(fw), op=list(op), neg=neg))
