#!/usr/bin/env bash
# Grades submissions of the Initialization exercise; see README.md ("For instructors").
#
#   ./grade.sh SUBMISSION [--out FILE] [--format NAME] [--student-id ID] [--exercise DIR] [--allow-unsandboxed]
#   ./grade.sh --batch SUBMISSIONS_DIR --out OUT_DIR [--jobs N] [--force] [--gradebook canvas|moodle] [--exercise DIR] [--allow-unsandboxed]
#              [--assignment NAME] [--canvas-assignment-id ID] [--canvas-student-key KEY] [--moodle-id-column NAME]
#              [--roster FILE] [--layout plain|canvas|moodle|gradescope|classroom] [--classroom-prefix PREFIX]
#              [--shard I/N | --shard-count N]
#   ./grade.sh --merge SHARD_DIR... --out OUT_DIR [--gradebook canvas|moodle] [--exercise DIR]
#   ./grade.sh --release OUT_DIR | --gradescope-bundle OUT.zip | --docker-context OUT_DIR | --exercise-pack OUT_DIR
#   ./grade.sh --build
#
# SUBMISSION is a student's Initializers.cs or a folder holding it (e.g. /autograder/submission).
# The score (Gradescope results.json unless --format says otherwise: prairielearn, lti-ags, junit,
# github-classroom) goes to FILE, or to stdout; a short summary goes to stderr. Exit codes: 0
# grading completed (whatever the score), 2 usage error, 1 grader fault (a JSON result saying so
# is still written), 130 or 143 stopped by Ctrl-C or SIGTERM (no result; a batch keeps the
# students graded so far, and the same command goes on).
#
# --batch grades every folder or .cs file of SUBMISSIONS_DIR (one student each) in parallel and
# writes results/ID.json per student, gradebook.csv, summary.json and plots/ into OUT_DIR; with
# --shard I/N only shard I of N of the class, into OUT_DIR/shard-I, and --merge combines the
# shards' folders into what one --batch run of the class writes.
# The packaging modes grade nothing: --release writes the student kit, --gradescope-bundle the
# Gradescope autograder zip (grader and exercise pack), --docker-context the grader image's build
# context (the grading core alone, no hidden tests), --exercise-pack the pack alone (a
# PrairieLearn question's tests/). Bundles carry the self-contained linux-x64 grader: the build
# below on a linux-x64 machine, elsewhere a second build into .grader/self-contained.
#
# Two programs do the work: the grader (Grader/Initialization.Grader, one submission; what the
# platforms run) and the instructor tool (Grader/Initialization.Grader.Instructor: --batch and
# packaging, built on first use). Both grade with an exercise pack: --exercise DIR, by default
# the kit's own (Grader/Initialization.Grader.HiddenTests), built into the grader's exercise/.
#
# Student code runs only inside bubblewrap's sandbox (Linux; Debian/Ubuntu: apt-get install
# bubblewrap): where that cannot be had, grading refuses (exit 1, with a result saying why)
# unless --allow-unsandboxed accepts the risk. See README.md, "Security".
#
# Needs the .NET SDK to build. The grader is built into .grader/ and reused until its sources
# change, in two builds. The optimized build (.grader/build) is self-contained, with the .NET
# runtime and the grader's libraries (Roslyn above all) precompiled together into one ReadyToRun
# composite image, so a fresh process compiles a submission without first compiling the compiler;
# making that image takes minutes. So the first grading of a single submission does not wait for
# it: it builds the quick build (.grader/quick: the same code, compiled at run time; under a
# minute), grades with it, and starts the optimized build in the background, which later gradings
# use once it is there. Batch and packaging wait for the optimized build; so does --build, which
# only builds it (for images, CI caches, a machine prepared ahead). GRADER_BUILD=optimized makes
# every command wait for it; GRADER_BUILD=quick never builds it, and every command, batch and
# packaging too, uses the quick build unless the optimized one is already there (a one-off
# grading on a runner that is thrown away after, a try-out of batch mode, the kit's own CI): the
# same results, each grading slower.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${GRADER_CACHE:-$root/.grader}"
build="$cache/build"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The files the grader's build depends on, with their sizes and modification times: any edit,
# addition or removal triggers a rebuild (a fresh checkout rebuilds once). Cheap enough to run
# before every grading.
grader_inputs() {
    (cd "$root" && find Grader/Initialization.Grader Grader/Initialization.Grader.Core Grader/Initialization.Grader.Protocol \
        Grader/Initialization.Grader.Worker Grader/Initialization.Grader.HiddenTests \
        Shared/Initialization.Shared Solution/Initializers.cs grade.sh course.json \
        Directory.Build.props Directory.Build.targets Directory.Packages.props global.json Grader/Directory.Build.props Grader/Directory.Build.targets \
        \( -name bin -o -name obj \) -prune -o -type f -printf '%p %s %T@\n' | sort)
}

# The instructor tool's own inputs (the grader's are checked before it is built).
instructor_inputs() {
    (cd "$root" && find Grader/Initialization.Grader.Instructor Shared/Initialization.Experiments tools/kit \
        \( -name bin -o -name obj \) -prune -o -type f -printf '%p %s %T@\n' | sort)
}

# Writes a result saying the grader failed, in the asked --format, where the caller expects the
# score: never a grade (no max_score, so Gradescope keeps the assignment's own; no LTI score
# body at all, which a platform would apply). The grader writes its own faults once it runs;
# this covers a grader that cannot be built or started.
report_fault() {
    local message="$1 This is not your fault: please tell your instructor." out="" format="gradescope" previous=""
    # Packaging and batch modes promise no single score; their caller reads the message on stderr.
    [ -n "$instructor_mode" ] && return 0
    for arg in "${ARGS[@]}"; do
        case "$previous" in --out) out="$arg" ;; --format) format="$arg" ;; esac
        case "$arg" in --out=*) out="${arg#--out=}" ;; --format=*) format="${arg#--format=}" ;; esac
        previous="$arg"
    done
    local json
    case "$format" in
        prairielearn)
            json=$(printf '{\n  "gradable": false,\n  "score": 0.0,\n  "message": "%s",\n  "output": "",\n  "tests": []\n}\n' "$message") ;;
        junit)
            json=$(printf '<?xml version="1.0" encoding="utf-8"?>\n<testsuites tests="1" failures="0" errors="1">\n  <testsuite name="grader" tests="1" failures="0" errors="1">\n    <testcase name="Grading" classname="grader">\n      <error message="%s" />\n    </testcase>\n  </testsuite>\n</testsuites>\n' "$message") ;;
        github-classroom)
            json=$(printf '{\n  "version": 1,\n  "status": "error",\n  "max_score": 0,\n  "tests": [\n    {\n      "name": "Grading",\n      "status": "error",\n      "score": 0,\n      "message": "%s",\n      "test_code": "grade.sh",\n      "filename": "",\n      "line_no": 0,\n      "duration": 0\n    }\n  ]\n}\n' "$message") ;;
        lti-ags)
            return 0 ;;
        *)
            json=$(printf '{\n  "score": 0.0,\n  "output": "%s",\n  "output_format": "text",\n  "visibility": "visible",\n  "stdout_visibility": "hidden",\n  "tests": []\n}\n' "$message") ;;
    esac
    if [ -n "$out" ]; then
        # An unpredictable temporary name, created exclusively (mktemp never follows a planted
        # symlink), in the destination's folder, then renamed over the destination.
        local folder temporary
        folder=$(dirname "$out")
        mkdir -p "$folder" && temporary=$(mktemp "$folder/.results.XXXXXXXXXX") || return 1
        if ! { printf '%s' "$json" >"$temporary" && chmod 644 "$temporary" && mv -f "$temporary" "$out"; }; then
            rm -f "$temporary"
            return 1
        fi
    else
        printf '%s' "$json"
    fi
}

# grade.sh builds to grade, not to review the code: the analyzers and style rules (a fifth of a
# build's CPU) and warnings as errors are for `dotnet build` and CI, and an instructor's new
# check is not refused at grading time for a style nit.
to_grade_only=(-p:RunAnalyzers=false -p:TreatWarningsAsErrors=false)

# True when the build in folder $1 was made from the current inputs, hashed as $2.
build_is_current() {
    [ -f "$1/.inputs" ] && [ "$(cat "$1/.inputs")" = "$2" ]
}

# Publishes the grader self-contained (the .NET runtime inside) unless an up-to-date build is
# there. $1: the folder to build into; $2: the build's artifacts folder; $3: the runtime
# identifier (empty: this machine's); $4: optimized (ReadyToRun composite: minutes) or quick
# (compiled at run time, with tiered compilation so that it starts fast: under a minute).
ensure_grader_built() {
    local build="$1" artifacts="$2" rid="$3" kind="$4"
    mkdir -p "$cache" || return 1
    build_is_current "$build" "$grader_key" && return 0

    # One build of each kind at a time, even when several grade.sh runs start together.
    exec 9>"$cache/$kind.lock"
    flock 9
    if build_is_current "$build" "$grader_key"; then
        exec 9>&-
        return 0
    fi

    local what="the grader into $build (once; a few minutes)"
    [ "$kind" = quick ] && what="a quick grader into $build (once; under a minute)"
    echo "grade.sh: building $what ..." >&2
    local staging="$cache/$kind.tmp.$$" log="$cache/$kind-build.log"
    local properties=(-p:GraderReadyToRun=true)
    [ "$kind" = quick ] && properties=(-p:TieredCompilation=true)
    [ -n "$rid" ] || rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
    # Under the lock no other build of this kind runs: staging folders left here belong to killed
    # builds, and so do artifacts still marked as being built, whose half-written obj/ state would
    # make the next publish fail (MSB3030); both go, and that build starts clean.
    rm -rf "$cache/$kind".tmp.*
    [ -f "$artifacts.building" ] && rm -rf "$artifacts"
    touch "$artifacts.building"
    # Its own artifacts folder: no clash with the bin/ and obj/ of builds in the repository, nor
    # with the other kind's. The grader, then the kit's exercise pack into its exercise/ folder.
    if ! { dotnet publish "$root/Grader/Initialization.Grader/Initialization.Grader.csproj" \
        -c Release -r "${rid:-linux-x64}" --self-contained true "${properties[@]}" "${to_grade_only[@]}" \
        --artifacts-path "$artifacts" -o "$staging" &&
        dotnet build "$root/Grader/Initialization.Grader.HiddenTests/Initialization.Grader.HiddenTests.csproj" \
            -c Release "${to_grade_only[@]}" --artifacts-path "$artifacts" -p:ExercisePackDir="$staging/exercise/"; } >"$log" 2>&1; then
        echo "grade.sh: building the grader failed; the last lines of $log:" >&2
        tail -n 20 "$log" >&2
        rm -rf "$staging" "$artifacts" "$artifacts.building"
        exec 9>&-
        return 1
    fi
    rm -f "$artifacts.building"
    echo "$grader_key" >"$staging/.inputs"
    rm -rf "$build" && mv "$staging" "$build"
    exec 9>&-
}

# Starts the optimized build in the background, detached from this run (it outlives it), unless
# one is already running or the last attempt on these inputs failed (no retry at every grading).
start_optimized_build_in_background() {
    if [ -f "$cache/optimized.failed" ] && [ "$(cat "$cache/optimized.failed")" = "$grader_key" ]; then
        echo "grade.sh: the optimized grader failed to build (see $cache/optimized-build.log); graded with the quick build; ./grade.sh --build tries again" >&2
        return 0
    fi
    # The lock is held while an optimized build runs: nothing to start then.
    if ! flock -n "$cache/optimized.lock" true; then
        return 0
    fi
    echo "grade.sh: graded with the quick build; the optimized one, which grades several times faster, is being built in the background (log: $cache/optimized-build.log)" >&2
    # Our own lock descriptors are not passed on: a child holding them would hold the locks.
    setsid -f nice -n 10 "$root/grade.sh" --build </dev/null >/dev/null 2>&1 8>&- 9>&-
}

# Builds the instructor tool (framework-dependent: it grades through the grader's build) unless
# an up-to-date one is there. Beside the optimized grader it is precompiled (ReadyToRun, a minute
# of crossgen once): a batch then spends less CPU starting up, running the hidden tests and
# writing its reports (README, "Batch grading"); beside the quick grader (the tests' build) it is
# compiled just in time, which builds in seconds.
ensure_instructor_built() {
    local wanted name
    name=$(basename "$instructor")
    wanted=$( { echo "$grader_key"; instructor_inputs; } | sha256sum | cut -c1-32)
    [ -f "$instructor/.inputs" ] && [ "$(cat "$instructor/.inputs")" = "$wanted" ] && return 0
    exec 8>"$cache/$name.lock"
    flock 8
    [ -f "$instructor/.inputs" ] && [ "$(cat "$instructor/.inputs")" = "$wanted" ] && return 0
    echo "grade.sh: building the instructor tool into $instructor (once) ..." >&2
    local staging="$cache/$name.tmp.$$" log="$cache/$name-build.log" precompiled=() rid=""
    if [ "$grader" = "$build" ]; then
        rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
        # The grader project's reference to the worker publishes its host files twice (with and
        # without the runtime identifier); the instructor tool uses the grader's worker, not these.
        precompiled=(-r "${rid:-linux-x64}" --self-contained false -p:PublishReadyToRun=true -p:ErrorOnDuplicatePublishOutputFiles=false)
    fi
    rm -rf "$cache/$name".tmp.*
    if ! dotnet publish "$root/Grader/Initialization.Grader.Instructor/Initialization.Grader.Instructor.csproj" \
        -c Release "${precompiled[@]}" "${to_grade_only[@]}" --artifacts-path "$cache/$name-artifacts" -o "$staging" >"$log" 2>&1; then
        echo "grade.sh: building the instructor tool failed; the last lines of $log:" >&2
        tail -n 20 "$log" >&2
        rm -rf "$staging" "$cache/$name-artifacts"
        return 1
    fi
    echo "$wanted" >"$staging/.inputs"
    rm -rf "$instructor" && mv "$staging" "$instructor"
}

ARGS=("$@")
packaging="" bundling="" instructor_mode="" build_only=""
[ "$#" = 1 ] && [ "$1" = --build ] && build_only=1
for arg in "${ARGS[@]}"; do
    case "$arg" in
        --release | --release=*) packaging=1 instructor_mode=1 ;;
        --gradescope-bundle | --gradescope-bundle=* | --docker-context | --docker-context=* | --exercise-pack | --exercise-pack=*) packaging=1 bundling=1 instructor_mode=1 ;;
        --batch | --batch=* | --merge | --merge=*) instructor_mode=1 ;;
    esac
done
case "${GRADER_BUILD:-}" in
    "" | quick | optimized) ;;
    *)
        echo "grade.sh: GRADER_BUILD=${GRADER_BUILD} is not a build: use GRADER_BUILD=optimized (wait for the precompiled grader) or GRADER_BUILD=quick (never build it), or leave it unset" >&2
        exit 2
        ;;
esac
instructor="$cache/instructor"
export INITIALIZATION_KIT_ROOT="$root"
if ! command -v dotnet >/dev/null 2>&1; then
    echo "grade.sh: the .NET SDK is not installed: install it (see global.json for the version) and run again" >&2
    report_fault "The grader could not run: the .NET SDK is missing on the grading machine."
    exit 1
fi

# Said before a build of minutes, not after: the grader itself decides, and explains, at grading.
if [ -z "$packaging$build_only" ] && ! command -v bwrap >/dev/null 2>&1 && [[ " ${ARGS[*]} " != *" --allow-unsandboxed "* ]]; then
    echo "grade.sh: bubblewrap (bwrap), the sandbox student code runs in, is not installed, so grading will refuse to run; install it (Debian/Ubuntu: apt-get install bubblewrap)" >&2
fi

quick="$cache/quick"
# Whether this command waits for the optimized build when it is not there yet: batch and
# packaging do, single gradings do not; GRADER_BUILD=optimized makes every command wait, quick none.
waits_for_optimized_build() {
    case "${GRADER_BUILD:-}" in
        optimized) return 0 ;;
        quick) return 1 ;;
        *) [ -n "$instructor_mode" ] ;;
    esac
}

# The grader's inputs, hashed once per run: each hash reads the metadata of every source file.
grader_key=$(grader_inputs | sha256sum | cut -c1-32)
grader="$build"
if [ -n "$build_only" ]; then
    # Records a failure for these inputs, so that gradings stop starting the build again.
    if ! ensure_grader_built "$build" "$cache/artifacts" "" optimized; then
        echo "$grader_key" >"$cache/optimized.failed"
        exit 1
    fi
    rm -f "$cache/optimized.failed"
    echo "grade.sh: the optimized grader is ready in $build" >&2
    exit 0
elif build_is_current "$build" "$grader_key" || waits_for_optimized_build; then
    if ! ensure_grader_built "$build" "$cache/artifacts" "" optimized; then
        report_fault "The grader could not be built on the grading machine."
        exit 1
    fi
    # A quick build is left for gradings that started with it; ten minutes after the optimized
    # build took over, none is still running.
    if [ -d "$quick" ] && [ -n "$(find "$build/.inputs" -mmin +10 2>/dev/null)" ]; then
        rm -rf "$quick" "$cache/artifacts-quick" "$cache/instructor-quick" "$cache/instructor-quick-artifacts"
    fi
else
    if ! ensure_grader_built "$quick" "$cache/artifacts-quick" "" quick; then
        report_fault "The grader could not be built on the grading machine."
        exit 1
    fi
    grader="$quick"
    instructor="$cache/instructor-quick"
    [ "${GRADER_BUILD:-}" = quick ] || start_optimized_build_in_background
fi

# Platform bundles carry a grader that needs no .NET on the platform's machine: linux-x64, as
# Gradescope's and PrairieLearn's graders are. On a linux-x64 machine that is the build above.
if [ -n "$bundling" ]; then
    bundle_build="$grader" bundle_kind=optimized
    if [ "$grader" = "$quick" ]; then
        bundle_kind=quick
        echo "grade.sh: GRADER_BUILD=quick: this package carries the quick grader (the same results, each grading several times slower); leave GRADER_BUILD unset for the optimized one" >&2
    fi
    if [ "$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')" != "linux-x64" ]; then
        bundle_build="$cache/self-contained-$bundle_kind"
        ensure_grader_built "$bundle_build" "$cache/artifacts-self-contained-$bundle_kind" linux-x64 "$bundle_kind" || exit 1
    fi
    export INITIALIZATION_SELF_CONTAINED_GRADER="$bundle_build"
fi

if [ -n "$instructor_mode" ]; then
    ensure_instructor_built || exit 1
    # The instructor tool compiles and runs submissions with the grader's build (precompiled
    # Roslyn, the self-contained worker) and grades with its pack unless --exercise says otherwise.
    export INITIALIZATION_GRADER_HOME="$grader"
    pack_args=()
    [[ " ${ARGS[*]} " == *" --exercise "* || " ${ARGS[*]} " == *" --exercise="* ]] || pack_args=(--exercise "$grader/exercise")
    exec dotnet "$instructor/Initialization.Grader.Instructor.dll" "$@" "${pack_args[@]}"
fi

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
    "$grader/Initialization.Grader" --help
    echo "Grading a class and packaging (--batch, --release, --gradescope-bundle, --docker-context, --exercise-pack): ./grade.sh --batch --help" >&2
    echo "Building the optimized grader ahead of gradings: ./grade.sh --build (GRADER_BUILD=optimized makes every command wait for it, GRADER_BUILD=quick never builds it and grades, batch and packaging too, with the quick build)" >&2
    exit 0
fi

exec "$grader/Initialization.Grader" "$@"
