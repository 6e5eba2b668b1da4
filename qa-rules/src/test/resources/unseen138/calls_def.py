CALLS = []
for _m in ('batch1', 'batch2', 'batch3', 'batch4'):
    try:
        CALLS += __import__(_m).CALLS
    except ImportError:
        pass
