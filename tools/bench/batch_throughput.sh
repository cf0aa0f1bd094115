#!/usr/bin/env bash
# Generates a class of SIZE submissions (1 in 6 hostile; of every 30, 16 correct in the styles of
# the correct corpus and 9 with a known mistake: GeneratedClass.cs), grades it with
# `grade.sh --batch` (full isolation: every worker in bubblewrap) and prints the throughput and
# where the CPU time went (GRADER_TIMINGS=1: the compile children, the workers and the grader's
# own stages, per submission).
#   bash tools/bench/batch_throughput.sh [SIZE] [JOBS] [--unsandboxed]   (defaults: 200, the number of cores)
# --unsandboxed grades the same class with bubblewrap made unusable in a private mount namespace
# of this script's and --allow-unsandboxed, to show what isolation costs a batch (needs root).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
unsandboxed=""
positional=()
for arg in "$@"; do
    case "$arg" in
        --unsandboxed) unsandboxed=1 ;;
        *) positional+=("$arg") ;;
    esac
done
size=${positional[0]:-200}
jobs=${positional[1]:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --project "$root/Grader/Initialization.Grader.Corpus" -- class "$work/class" "$size" >&2
"$root/grade.sh" --batch --help >/dev/null   # builds the optimized grader and the instructor tool first if needed, outside the timing

command=("$root/grade.sh" --batch "$work/class" --out "$work/out" --jobs "$jobs")
if [ -n "$unsandboxed" ]; then
    [ "$(id -u)" = 0 ] || { echo "error: --unsandboxed needs root, to hide bubblewrap in a private mount namespace" >&2; exit 2; }
    bwrap=$(command -v bwrap) || { echo "error: bubblewrap is not installed, so there is nothing to compare" >&2; exit 2; }
    # A stand-in that fails: the grader's probe sees bubblewrap refuse and falls back (opted out).
    printf '#!/bin/sh\nexit 1\n' >"$work/no-bwrap" && chmod 0755 "$work/no-bwrap"
    command=(unshare --mount sh -c "mount --bind $work/no-bwrap $bwrap && exec \"\$@\"" sh "${command[@]}" --allow-unsandboxed)
fi

start=$(date +%s.%N)
GRADER_TIMINGS=1 "${command[@]}" 2>"$work/batch.log" || { cat "$work/batch.log" >&2; exit 1; }
end=$(date +%s.%N)
if [ -n "$unsandboxed" ] && ! grep -q "runs without isolation" "$work/batch.log"; then
    echo "error: the comparison run was still sandboxed:" >&2
    cat "$work/batch.log" >&2
    exit 1
fi

python3 - "$work/out/summary.json" "$start" "$end" "$size" "$jobs" "${unsandboxed:+, workers NOT isolated (bubblewrap hidden, --allow-unsandboxed)}" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
seconds = float(sys.argv[3]) - float(sys.argv[2])
size, jobs = int(sys.argv[4]), int(sys.argv[5])
print(f"{size} submissions graded in {seconds:.1f} s with --jobs {jobs}{sys.argv[6]}: {size / seconds:.1f} submissions/s "
      f"(whole grade.sh run, start-up and reports included; the grader's own count: {summary['submissions_per_second']}/s)")
print(f"mean score {summary['score_over_graded_students']['mean']}, full marks {summary['score_over_graded_students']['full_marks']}, not gradable {summary['not_gradable']}")
PY
# The grader's table of where the CPU time went (GRADER_TIMINGS=1), from its heading on.
sed -n '/^grader: CPU time per graded submission/,/^  total/p' "$work/batch.log"
