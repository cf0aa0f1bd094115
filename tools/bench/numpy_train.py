"""Times the numpy original: the course's model (tools/fixtures/generate_model_fixtures.py) trained
as the notebook does it, 15000 iterations at 0.01 on the course's data.

Prints one JSON object: for each initialization, the seconds per model (wall clock and CPU) of
each repeat. numpy runs with its default (AVX-512) kernels here, as the course would.
    /usr/bin/python3 tools/bench/numpy_train.py [repeats] [initialization ...]
"""

import json
import os
import sys
import time
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))
import generate_model_fixtures as course  # noqa: E402  (imported as a module: no re-execution)
import numpy as np  # noqa: E402

repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
names = sys.argv[2:] or ["he"]
x, y, _, _ = course.load_circles()
result = {"numpy": np.__version__, "repeats": repeats, "models": {}}
for name in names:
    runs = []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        with warnings.catch_warnings(), np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            warnings.simplefilter("ignore")
            course.train(x, y, course.INITIALIZERS[name])
        runs.append({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu})
    result["models"][name] = runs
print(json.dumps(result))
