#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image from the bundle that
# `./grade.sh --gradescope-bundle autograder.zip` wrote (unpacked in /autograder/source).
#
# grader/ holds a self-contained build of the grader, the .NET runtime included (linux-x64; it
# needs only the C and C++ runtime libraries every Ubuntu image has, and no ICU: the grader runs
# with invariant globalization). No .NET SDK is needed, because student code is compiled in
# memory by the grader itself. The one package installed is bubblewrap, the sandbox student code
# runs in (the grader refuses to run it without).
#
# The last step grades the untouched starter (smoke/) inside that sandbox, so an image on which
# the grader cannot run, or cannot isolate student code, fails here, where the instructor sees
# it, not at the first student's submission.
# AUTOGRADER_ROOT replaces /autograder (the kit's tests run this in a temporary folder).
set -euo pipefail

root="${AUTOGRADER_ROOT:-/autograder}"
source="$root/source"

if ! command -v bwrap >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null
fi

# Zip tools differ in whether they keep permissions.
chmod 0755 "$source/run_autograder" "$source/grader/Initialization.Grader" "$source/grader/worker/Initialization.Grader.Worker"

smoke_result="$(mktemp)"
trap 'rm -f "$smoke_result"' EXIT
"$source/grader/Initialization.Grader" "$source/smoke/Initializers.cs" --out "$smoke_result" 2>"$smoke_result.log" || true
cat "$smoke_result.log" >&2
grep -q "isolated by bubblewrap" "$smoke_result.log" || {
    echo "setup.sh: the grader cannot isolate student code on this image (see above), so it would refuse every submission." >&2
    rm -f "$smoke_result.log"
    exit 1
}
rm -f "$smoke_result.log"
grep -q '"status": "failed"' "$smoke_result" || {
    echo "setup.sh: the smoke test graded the starter but its result is not what it should be:" >&2
    cat "$smoke_result" >&2
    exit 1
}
echo "setup.sh: the grader works on this image, student code isolated (the starter graded, 0 points as expected)."
