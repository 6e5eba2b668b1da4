CALLS = []
for _m in ("calls_b1", "calls_b2", "calls_b3", "calls_b4"):
    try:
        CALLS += __import__(_m).CALLS
    except ModuleNotFoundError:
        pass
CALLS.sort(key=lambda c: c["n"])
