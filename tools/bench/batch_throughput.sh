#!/usr/bin/env bash
# Generates a class of SIZE submissions (half correct, 3 in 10 with a known mistake, 2 in 10
# hostile, from the committed corpus), grades it with `grade.sh --batch` (full isolation: one
# sandboxed worker process per submission) and prints the throughput.
#   bash tools/bench/batch_throughput.sh [SIZE] [JOBS]      (defaults: 200, the number of cores)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-200}
jobs=${2:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project "$root/Grader/Initialization.Grader.Corpus" -- class "$work/class" "$size" >&2
"$root/grade.sh" --batch --help >/dev/null   # builds the optimized grader and the instructor tool first if needed, outside the timing

start=$(date +%s.%N)
"$root/grade.sh" --batch "$work/class" --out "$work/out" --jobs "$jobs" 2>"$work/batch.log" || { cat "$work/batch.log" >&2; exit 1; }
end=$(date +%s.%N)

python3 - "$work/out/summary.json" "$start" "$end" "$size" "$jobs" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
seconds = float(sys.argv[3]) - float(sys.argv[2])
size, jobs = int(sys.argv[4]), int(sys.argv[5])
print(f"{size} submissions graded in {seconds:.1f} s with --jobs {jobs}: {size / seconds:.1f} submissions/s "
      f"(whole grade.sh run, start-up and reports included; the grader's own count: {summary['submissions_per_second']}/s)")
print(f"mean score {summary['score_over_graded_students']['mean']}, full marks {summary['score_over_graded_students']['full_marks']}, not gradable {summary['not_gradable']}")
PY
