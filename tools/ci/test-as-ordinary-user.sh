#!/usr/bin/env bash
# Runs the trust-boundary tests again as an ordinary user ("nobody"), the way the grader runs on
# a GitHub Actions runner or an instructor's laptop: the sandbox, the hostile corpus, the
# fail-closed decision, the grader's memory and result bounds, and batch cross-talk must hold
# there too, with user namespaces instead of root. The tests carry the category TrustBoundary
# (TestCategories in Grader/Initialization.Grader.Tests/TestRunSettings.cs says which and why).
# Needs root to switch user (CI runs as root); as an ordinary user already, the main test run was
# that run and this script has nothing to add.
#
#   tools/ci/test-as-ordinary-user.sh        (after `dotnet test` built the tests)
#   ORDINARY_USER_TEST_FILTER=...            (another `dotnet test --filter`, e.g. one class)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tests="Grader/Initialization.Grader.Tests/bin/Debug/net10.0"

if [ "$(id -u)" != 0 ]; then
    echo "test-as-ordinary-user: already running as an ordinary user ($(id -un)); the main test run covered it"
    exit 0
fi
if [ ! -f "$root/$tests/Initialization.Grader.Tests.dll" ]; then
    echo "test-as-ordinary-user: $tests holds no test build: run 'dotnet test' (or 'dotnet build') first" >&2
    exit 1
fi
dotnet_host="$(readlink -f "$(command -v dotnet)")"

# The ordinary user may not be able to read the clone (under /root, say): the tests, the corpus
# and the reference solution go to a folder every user can read, laid out as in the repository.
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"
mkdir -p "$stage/repo/Solution" "$stage/repo/Starter" "$stage/repo/Grader" "$stage/repo/$tests" "$stage/home"
cp "$root/Initialization.slnx" "$root/kit.json" "$stage/repo/"
cp "$root/Solution/Initializers.cs" "$stage/repo/Solution/"
cp "$root/Starter/Initializers.cs" "$stage/repo/Starter/"
cp -r "$root/Grader/Corpus" "$stage/repo/Grader/"
mkdir -p "$stage/repo/Grader/SamplePack.Relu.HiddenTests"
cp -r "$root/Grader/SamplePack.Relu.HiddenTests/Submissions" "$stage/repo/Grader/SamplePack.Relu.HiddenTests/"
cp -r "$root/$tests/." "$stage/repo/$tests/"
chmod -R a+rX "$stage/repo"
chown nobody "$stage/home"

if ! setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$dotnet_host"; then
    echo "test-as-ordinary-user: the ordinary user cannot run $dotnet_host: install .NET where every user can read it (e.g. /usr/share/dotnet)" >&2
    exit 1
fi

filter="TestCategory=TrustBoundary"
echo "== tests as an ordinary user (nobody): ${ORDINARY_USER_TEST_FILTER:-$filter}"
cd "$stage/repo"
setpriv --reuid=65534 --regid=65534 --clear-groups \
    env -i PATH=/usr/bin:/bin HOME="$stage/home" DOTNET_CLI_HOME="$stage/home" \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
    ${DOTNET_ROOT:+DOTNET_ROOT="$DOTNET_ROOT"} \
    "$dotnet_host" test "$stage/repo/$tests/Initialization.Grader.Tests.dll" \
    --filter "${ORDINARY_USER_TEST_FILTER:-$filter}" \
    --results-directory "$stage/home/results"
