"""All forty calls, written in four batches of ten (calls_1 … calls_4)."""
import importlib

CALLS = []
for _m in ("calls_1", "calls_2", "calls_3", "calls_4"):
    try:
        CALLS += importlib.import_module(_m).CALLS
    except ModuleNotFoundError:
        pass
