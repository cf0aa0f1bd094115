#!/usr/bin/env bash
# Trains the course's He model with the numpy original (the course's model code, as in
# tools/fixtures/generate_model_fixtures.py) and with the kit's NeuralNetwork.Train
# (BenchmarkDotNet) on this machine, and prints the speed-up. numpy runs before and after the C#
# benchmark, so a change in the machine's load shows on both sides. Needs Debian's python3-numpy
# and python3-sklearn.
#   bash tools/bench/train_vs_numpy.sh [numpy runs before and after, default 3]
set -euo pipefail
source "$(dirname "$0")/common.sh"
repeats=${1:-3}
python=$(numpy_python numpy sklearn) || exit 2

artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT

echo "numpy: training the He model $repeats times (about 1.5 s each) ..." >&2
"$python" "$root/tools/bench/numpy_train.py" "$repeats" he >"$artifacts/numpy-before.json"

echo "C#: running BenchmarkDotNet (about two minutes) ..." >&2
run_benchmarks "$artifacts" '*TrainingBenchmarks.TrainCourseModelHe*' '*TrainingBenchmarks.OneIteration*'

echo "numpy: training the He model $repeats more times ..." >&2
"$python" "$root/tools/bench/numpy_train.py" "$repeats" he >"$artifacts/numpy-after.json"

"$python" - "$artifacts" <<'PY'
import glob, json, statistics, sys
artifacts = sys.argv[1]
report = json.load(open(glob.glob(artifacts + "/results/*-report-full*.json")[0]))
bench = {b["Method"]: b for b in report["Benchmarks"]}
numpy = [json.load(open(f"{artifacts}/numpy-{when}.json")) for when in ("before", "after")]
runs = [r["wall"] for n in numpy for r in n["models"]["he"]]
train = bench["TrainCourseModelHe"]["Statistics"]
ours_median, ours_best = train["Median"] / 1e9, train["Min"] / 1e9
theirs_median, theirs_best = statistics.median(runs), min(runs)
print("Training the course's He model (15000 iterations, 300 examples), per model:")
print(f"  numpy {numpy[0]['numpy']:<7}  median {theirs_median * 1e3:7.1f} ms   best {theirs_best * 1e3:7.1f} ms   ({len(runs)} runs)")
print(f"  C# (BenchmarkDotNet) median {ours_median * 1e3:7.1f} ms   best {ours_best * 1e3:7.1f} ms   ({train['N']} runs)")
print(f"  speed-up           median {theirs_median / ours_median:6.1f}x      best {theirs_best / ours_best:6.1f}x")
memory = bench["TrainCourseModelHe"].get("Memory", {})
if "BytesAllocatedPerOperation" in memory:
    print(f"  C# allocated per Train call: {memory['BytesAllocatedPerOperation']} B (buffers and result, before the loop)")
if "OneIteration" in bench:
    one = bench["OneIteration"]
    print(f"  C# one iteration: {one['Statistics']['Median'] / 1e3:.2f} us, "
          f"{one.get('Memory', {}).get('BytesAllocatedPerOperation', '?')} B allocated")
PY
