CALLS = []
for _m in ("calls_a", "calls_b", "calls_c", "calls_d"):
    try:
        CALLS += __import__(_m).CALLS
    except ModuleNotFoundError:
        pass
