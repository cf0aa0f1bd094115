#!/usr/bin/env bash
# Trains the course's He model with the numpy original (the course's model code, as in
# tools/fixtures/generate_model_fixtures.py) and with the kit's NeuralNetwork.Train
# (BenchmarkDotNet), one after the other on this machine, and prints the speed-up.
# Needs Debian's python3-numpy and python3-sklearn.
#   bash tools/bench/train_vs_numpy.sh [numpy repeats, default 5]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
repeats=${1:-5}
python=$(command -v /usr/bin/python3 || true)
if ! "${python:-python3}" -c 'import numpy, sklearn' 2>/dev/null; then
    echo "error: this script needs numpy and scikit-learn: apt-get install -y python3-numpy python3-sklearn (it runs /usr/bin/python3)" >&2
    exit 2
fi

artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

echo "numpy: training the He model $repeats times (about 1.5 s each) ..." >&2
numpy_json=$("$python" "$root/tools/bench/numpy_train.py" "$repeats" he)

echo "C#: running BenchmarkDotNet (about a minute) ..." >&2
dotnet run -c Release --project "$root/Shared/Initialization.Shared.Benchmarks" -- \
    --filter '*TrainingBenchmarks.TrainCourseModelHe*' '*TrainingBenchmarks.OneIteration*' \
    --exporters json --artifacts "$artifacts" >"$artifacts/bdn.log" 2>&1 \
    || { cat "$artifacts/bdn.log" >&2; exit 1; }

"$python" - "$artifacts" "$numpy_json" <<'PY'
import glob, json, statistics, sys
artifacts, numpy = sys.argv[1], json.loads(sys.argv[2])
report = json.load(open(glob.glob(artifacts + "/results/*-report-full*.json")[0]))
bench = {b["Method"]: b for b in report["Benchmarks"]}
train = bench["TrainCourseModelHe"]
ours_median = train["Statistics"]["Median"] / 1e9
ours_min = train["Statistics"]["Min"] / 1e9
runs = numpy["models"]["he"]
theirs_median = statistics.median(r["wall"] for r in runs)
theirs_min = min(r["wall"] for r in runs)
allocated = train.get("Memory", {}).get("BytesAllocatedPerOperation")
iteration = bench.get("OneIteration", {})
print("Training the course's He model (15000 iterations, 300 examples):")
print(f"  numpy {numpy['numpy']:<8} median {theirs_median * 1e3:8.1f} ms   best {theirs_min * 1e3:8.1f} ms   ({len(runs)} runs)")
print(f"  C#             median {ours_median * 1e3:8.1f} ms   best {ours_min * 1e3:8.1f} ms   (BenchmarkDotNet)")
print(f"  speed-up       median {theirs_median / ours_median:6.1f}x      best {theirs_min / ours_min:6.1f}x")
if allocated is not None:
    print(f"  C# allocations per Train call: {allocated} B (buffers and result; the loop allocates none)")
if iteration:
    per = iteration["Statistics"]["Median"]
    print(f"  C# one iteration: {per / 1e3:.2f} us, {iteration.get('Memory', {}).get('BytesAllocatedPerOperation', '?')} B allocated")
PY
