#!/usr/bin/env bash
# Runs numpy's legacy randn and the kit's RandomState.Randn (BenchmarkDotNet) on this machine,
# one after the other, and prints the throughput ratio. Needs Debian's python3-numpy.
#   bash tools/bench/randn_vs_numpy.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
python=$(numpy_python numpy) || exit 2

artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

echo "numpy: timing legacy RandomState.randn ..." >&2
numpy_json=$("$python" "$root/tools/bench/numpy_randn.py")

echo "C#: running BenchmarkDotNet (about a minute) ..." >&2
run_benchmarks "$artifacts" '*RandnBenchmarks*'

"$python" - "$artifacts" "$numpy_json" <<'PY'
import glob, json, sys
artifacts, numpy = sys.argv[1], json.loads(sys.argv[2])
report = json.load(open(glob.glob(artifacts + "/results/*-report-full*.json")[0]))
# numpy has no allocation-free randn: the generator-only C# figure is set against randn(1000, 1000).
numpy_twin = {"FillStandardNormal1M": "Randn1000x1000"}
print(f"{'C# benchmark':<22}{'numpy (ms)':>12}{'C# (ms)':>10}{'C# speed-up':>13}")
for bench in report["Benchmarks"]:
    name = bench["Method"]
    ours = bench["Statistics"]["Mean"]
    theirs = numpy[numpy_twin.get(name, name)]
    print(f"{name:<22}{theirs / 1e6:>12.3f}{ours / 1e6:>10.3f}{theirs / ours:>12.2f}x")
print(f"(numpy {numpy['numpy']}, mean per call, best of 15 repeats; C#: BenchmarkDotNet mean)")
PY
