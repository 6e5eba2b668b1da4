from calls_a import CALLS_A
from calls_b import CALLS_B
CALLS = CALLS_A + CALLS_B
