"""Prints, as C# array literals, the full-precision values the public tests expect.

The notebook shows 8 decimals; the public tests compare against these exact numpy values.
Run with numpy installed: /usr/bin/python3 tools/starter/expected_values.py
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))
from course_initializers import init_he, init_random  # noqa: E402


def literal(matrix):
    rows = ", ".join("{ " + ", ".join(repr(float(v)) for v in row) + " }" for row in matrix)
    return "{ " + rows + " }"


for name, params in (("random [3, 2, 1]", init_random([3, 2, 1])), ("he [2, 4, 1]", init_he([2, 4, 1]))):
    print(name)
    for key, w in params.items():
        if not key.startswith("W"):
            continue
        print(f"  {key} = new double[,] {literal(w)};")
        print(f"  # numpy prints: {np.array2string(w)}".replace("\n", " "))
