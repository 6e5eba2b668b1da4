CALLS = []
for m in ['calls_a','calls_b','calls_c','calls_d']:
    try:
        CALLS += __import__(m).CALLS
    except ModuleNotFoundError:
        pass
