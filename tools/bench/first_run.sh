#!/usr/bin/env bash
# Times what a newcomer waits for: the first `./grade.sh Solution` in a fresh clone of this
# repository (no .grader/, no bin/ or obj/), then how long the optimized build it starts in the
# background takes to be ready, then warm gradings with each build (fresh process each run).
# Needs hyperfine (apt-get install hyperfine).
#   bash tools/bench/first_run.sh                 (NuGet cache as it is: warm on a used machine)
#   bash tools/bench/first_run.sh --cold-nuget    (an empty NuGet cache: every package downloaded)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v hyperfine >/dev/null || { echo "error: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
cold=""
case "${1:-}" in
    "") ;;
    --cold-nuget) cold=1 ;;
    *) echo "usage: bash tools/bench/first_run.sh [--cold-nuget]" >&2; exit 2 ;;
esac

work=$(mktemp -d)
kit="$work/kit"
# The background build must be over before its folder goes.
trap 'flock "$kit/.grader/optimized.lock" true 2>/dev/null; rm -rf "$work"' EXIT
git clone -q "$root" "$kit"
if [ -n "$cold" ]; then
    export NUGET_PACKAGES="$work/nuget"
fi
unset GRADER_BUILD GRADER_CACHE

now() { date +%s.%N; }
start=$(now)
"$kit/grade.sh" "$kit/Solution" --out "$work/first.json" 2>"$work/first.log" || { cat "$work/first.log" >&2; exit 1; }
first=$(echo "$(now) - $start" | bc)
until [ -f "$kit/.grader/build/.inputs" ]; do
    if [ -f "$kit/.grader/optimized.failed" ]; then
        echo "error: the optimized build failed; see $kit/.grader/optimized-build.log" >&2
        exit 1
    fi
    sleep 1
done
ready=$(echo "$(now) - $start" | bc)

hyperfine --warmup 1 --runs 5 --export-json "$work/times.json" \
    --command-name "quick" "'$kit/.grader/quick/Initialization.Grader' '$kit/Solution' --exercise '$kit/.grader/quick/exercise' --out '$work/quick.json' 2>/dev/null" \
    --command-name "optimized" "'$kit/grade.sh' '$kit/Solution' --out '$work/optimized.json' 2>/dev/null" >&2

python3 - "$work/times.json" "$first" "$ready" "${cold:+cold}" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
cache = "empty NuGet cache" if sys.argv[4] == "cold" else "NuGet cache as found"
print(f"fresh clone, {cache}: first ./grade.sh Solution returned its score after {float(sys.argv[2]):.0f} s")
print(f"the optimized build it started was ready {float(sys.argv[3]):.0f} s after that command started")
for name in ("quick", "optimized"):
    r = results[name]
    print(f"warm grading with the {name} build: mean {r['mean']:.2f} s, min {r['min']:.2f} s, max {r['max']:.2f} s")
PY
