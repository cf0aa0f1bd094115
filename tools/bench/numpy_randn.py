"""Times numpy's legacy RandomState.randn the way RandnBenchmarks times the C# side.

Prints one JSON object: nanoseconds per call of randn(1000, 1000) and randn(128, 784), best of
several repeats (timeit's recommended statistic: the minimum is the least disturbed run).
"""

import json
import timeit

import numpy as np

rs = np.random.RandomState(1)
result = {"numpy": np.__version__}
for name, shape, number in (("Randn1000x1000", (1000, 1000), 20), ("Randn128x784", (128, 784), 200)):
    best = min(timeit.repeat(lambda: rs.randn(*shape), number=number, repeat=15)) / number
    result[name] = best * 1e9
print(json.dumps(result))
