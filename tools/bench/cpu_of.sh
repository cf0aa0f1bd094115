#!/usr/bin/env bash
# Runs a command and prints its wall time and the CPU the whole machine spent meanwhile, in
# core-seconds (busy time from /proc/stat: user, nice, system, irq, softirq, steal). Meant for a
# quiet machine: it counts every process, which is the point for commands that leave detached
# children (grade.sh's background build, MSBuild nodes) that `time` never sees.
#   bash tools/bench/cpu_of.sh COMMAND [ARGUMENTS...]       e.g. CI in a fresh clone:
#   git clone -q . /tmp/ci && cd /tmp/ci && CI=true bash tools/bench/cpu_of.sh bash .ci/run
# Its exit code is the command's.
set -uo pipefail
if [ "$#" = 0 ]; then
    echo "usage: bash tools/bench/cpu_of.sh COMMAND [ARGUMENTS...]" >&2
    exit 2
fi

# The busy ticks of all cores so far (fields 2-4 and 7-9 of /proc/stat's "cpu" line).
busy_ticks() {
    awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}

ticks_per_second=$(getconf CLK_TCK)
start_ticks=$(busy_ticks)
start=$(date +%s.%N)
"$@"
status=$?
end=$(date +%s.%N)
end_ticks=$(busy_ticks)
awk -v start="$start" -v end="$end" -v ticks="$((end_ticks - start_ticks))" -v hz="$ticks_per_second" -v status="$status" \
    'BEGIN { printf "cpu_of: exit code %d, %.1f s of wall time, %.1f core-seconds busy on the machine\n", status, end - start, ticks / hz }' >&2
exit "$status"
