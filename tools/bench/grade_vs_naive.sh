#!/usr/bin/env bash
# Times grade.sh on one submission (grader already built, fresh process each run) against the
# naive route: copy the submission into an NUnit project holding the same hidden tests, build it
# and run `dotnet test`. Prints both and the ratio. Needs hyperfine (apt-get install hyperfine).
#   bash tools/bench/grade_vs_naive.sh [SUBMISSION]     (default: Solution/Initializers.cs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
submission=$(realpath "${1:-$root/Solution/Initializers.cs}")
command -v hyperfine >/dev/null || { echo "error: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The naive route's project: the hidden tests (the exercise pack, with the grading core it
# references) and Shared, with the submission as the tested code.
mkdir -p "$work/naive/Grader" "$work/naive/Shared" "$work/naive/Solution"
cp "$root"/Directory.Build.props "$root"/Directory.Build.targets "$root"/Directory.Packages.props "$root"/global.json "$root"/.editorconfig "$work/naive/"
cp -r "$root/Shared/Initialization.Shared" "$work/naive/Shared/"
cp "$root"/Grader/Directory.Build.props "$root"/Grader/Directory.Build.targets "$work/naive/Grader/"
for project in HiddenTests Core Protocol Worker; do
    cp -r "$root/Grader/Initialization.Grader.$project" "$work/naive/Grader/"
done
rm -rf "$work"/naive/*/*/bin "$work"/naive/*/*/obj
cp "$submission" "$work/naive/Solution/Initializers.cs"
echo "preparing: restoring and building the naive project once, and the grader (grade.sh) ..." >&2
dotnet build "$work/naive/Grader/Initialization.Grader.HiddenTests" >"$work/naive-build.log" 2>&1 || { cat "$work/naive-build.log" >&2; exit 1; }
"$root/grade.sh" --build && "$root/grade.sh" "$submission" --out "$work/warm.json" 2>/dev/null   # the optimized grader, as gradings use it once built

hyperfine --warmup 1 --runs 5 --export-json "$work/times.json" \
    --command-name "grade.sh" "'$root/grade.sh' '$submission' --out '$work/result.json' 2>/dev/null" \
    --command-name "naive: copy, build, dotnet test" \
    --prepare "cp '$submission' '$work/naive/Solution/Initializers.cs' && touch '$work/naive/Solution/Initializers.cs'" \
    "dotnet test '$work/naive/Grader/Initialization.Grader.HiddenTests' >/dev/null 2>&1 || true" >&2

python3 - "$work/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours, naive = results["grade.sh"], results["naive: copy, build, dotnet test"]
print(f"grade.sh (fresh process, grader built): mean {ours['mean']:.2f} s, min {ours['min']:.2f} s")
print(f"naive (copy, build, dotnet test):        mean {naive['mean']:.2f} s, min {naive['min']:.2f} s")
print(f"grade.sh takes {ours['mean'] / naive['mean']:.2f} of the naive route's time ({naive['mean'] / ours['mean']:.1f}x faster)")
PY
