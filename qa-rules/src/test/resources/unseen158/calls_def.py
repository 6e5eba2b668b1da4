"""All 40 calls, written in four batches of ten (calls_b1 .. calls_b4)."""
import importlib

CALLS = []
for _b in ("calls_b1", "calls_b2", "calls_b3", "calls_b4"):
    try:
        CALLS += importlib.import_module(_b).CALLS
    except ModuleNotFoundError:
        pass
