"""Prints, as C# array literals, the full-precision values the public tests expect.

The notebook shows 8 decimals; the public tests compare against these exact numpy values.
Run with numpy installed: /usr/bin/python3 tools/starter/expected_values.py
"""

import numpy as np


def literal(matrix):
    rows = ", ".join("{ " + ", ".join(repr(float(v)) for v in row) + " }" for row in matrix)
    return "{ " + rows + " }"


def random_example(dims):
    np.random.seed(3)
    return {l: np.random.randn(dims[l], dims[l - 1]) * 10 for l in range(1, len(dims))}


def he_example(dims):
    np.random.seed(3)
    return {l: np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2.0 / dims[l - 1]) for l in range(1, len(dims))}


for name, weights in (("random [3, 2, 1]", random_example([3, 2, 1])), ("he [2, 4, 1]", he_example([2, 4, 1]))):
    print(name)
    for l, w in weights.items():
        print(f"  W{l} = new double[,] {literal(w)};")
        print(f"  # numpy prints: {np.array2string(w)}".replace("\n", " "))
