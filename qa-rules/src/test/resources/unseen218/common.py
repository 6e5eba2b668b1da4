# helper: one call as compact data; build.py turns it into the JSON schema
def mk(n, industry, risk, scenario, tags, text, sig=(), miss="", fw=(), op=()):
    turns, neg = [], []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        tag, t = line.split(" ", 1)
        spk = "rep" if tag == "R" else "customer"
        if tag == "C!":
            neg.append(len(turns))
        turns.append({"speaker": spk, "text": t.strip()})
    missing = [m for m in miss.replace(",", " ").split() if m]
    return dict(n=n, industry=industry, risk=risk, scenario=scenario, tags=list(tags),
                turns=turns, neg=neg, sig=list(sig), missing=missing, fw=list(fw), op=list(op))
