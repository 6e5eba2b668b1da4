CALLS = []
for m in ("calls_b1","calls_b2","calls_b3","calls_b4"):
    try:
        CALLS += __import__(m).CALLS
    except ModuleNotFoundError:
        pass
