#!/usr/bin/env bash
# What the sandbox costs a single grading: grade.sh on one submission (grader built, fresh
# process each run) with student code in bubblewrap, against the same with bubblewrap made
# unusable in a private mount namespace of this script's and --allow-unsandboxed. Prints both.
# Needs root (for that mount namespace) and hyperfine (apt-get install -y hyperfine).
#   bash tools/bench/sandbox_cost.sh [SUBMISSION]     (default: Solution/Initializers.cs)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
submission=$(realpath "${1:-$root/Solution/Initializers.cs}")
command -v hyperfine >/dev/null || { echo "error: needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "error: needs root, to hide bubblewrap in a private mount namespace" >&2; exit 2; }
bwrap=$(command -v bwrap) || { echo "error: bubblewrap is not installed, so there is nothing to compare" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/grade.sh" --build && "$root/grade.sh" "$submission" --out "$work/warm.json" 2>/dev/null   # builds the optimized grader if needed

# A stand-in that fails: the grader's probe sees bubblewrap refuse and falls back (opted out).
printf '#!/bin/sh\nexit 1\n' >"$work/no-bwrap" && chmod 0755 "$work/no-bwrap"
unsandboxed="unshare --mount sh -c 'mount --bind $work/no-bwrap $bwrap && exec $root/grade.sh $submission --out $work/u.json --allow-unsandboxed 2>$work/u.log'"
bash -c "$unsandboxed"
grep -q "NOT ISOLATED" "$work/u.log" || { echo "error: the comparison run was still sandboxed:" >&2; cat "$work/u.log" >&2; exit 1; }

hyperfine -N --warmup 2 --runs 10 \
    --command-name "sandboxed (bubblewrap)" "$root/grade.sh $submission --out $work/s.json" \
    --command-name "unsandboxed (--allow-unsandboxed, bubblewrap hidden)" "bash -c \"$unsandboxed\""
