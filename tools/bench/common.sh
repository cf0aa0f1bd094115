# Sourced by the benchmark scripts that set the kit against numpy.
# Defines $root (the repository) and two helpers.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# numpy_python MODULE...: prints the first interpreter that imports every MODULE. Debian's
# /usr/bin/python3 comes first because the python3 first on PATH may have no numpy.
numpy_python() {
    local candidate
    for candidate in /usr/bin/python3 $(which -a python3 2>/dev/null); do
        if "$candidate" -c "import $(IFS=,; echo "$*")" 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: this script needs $*: apt-get install -y python3-numpy python3-sklearn (it looks for them in /usr/bin/python3 and every python3 on PATH)" >&2
    return 2
}

# run_benchmarks ARTIFACTS FILTER...: runs the kit's BenchmarkDotNet project in Release with a
# JSON exporter into ARTIFACTS; shows BenchmarkDotNet's log only when it fails.
run_benchmarks() {
    local artifacts=$1
    shift
    dotnet run -c Release --project "$root/Shared/Initialization.Shared.Benchmarks" -- \
        --filter "$@" --exporters json --artifacts "$artifacts" >"$artifacts/bdn.log" 2>&1 \
        || { cat "$artifacts/bdn.log" >&2; return 1; }
}
