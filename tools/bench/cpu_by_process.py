#!/usr/bin/env python3
"""Runs a command and reports where its CPU went, by kind of process.

    python3 tools/bench/cpu_by_process.py [--interval S] [--examples] [--timeline] [--load S] -- COMMAND ...

Samples /proc every --interval seconds (0.2 by default) and keeps, for each process seen, its
last user+system CPU time; at the end it prints the total per kind (compile child, worker,
test host, MSBuild, compiler server, ...), the number of processes of each kind, and the
machine's busy core-seconds over the same span (from /proc/stat, as tools/bench/cpu_of.sh counts
them) so the unattributed share shows. --examples also prints one command line of each kind;
--timeline prints when each test host (one per test project) started and ended; --load S prints
the machine's busy cores in each window of S seconds, to see where a run leaves cores idle.
Processes that live shorter than one interval are missed (their CPU lands in "unattributed").
Any python3 will do: it needs no packages. A development tool; nothing in the kit or CI runs it.
"""
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def kind(cmdline):
    text = " ".join(cmdline)
    name = os.path.basename(cmdline[0]) if cmdline else ""
    # The program a process runs: the apphost itself, or the first .dll the dotnet host is given.
    program = next((os.path.basename(a) for a in cmdline[1:] if a.endswith(".dll")), name) if name == "dotnet" else name
    rules = [
        # The test build's children compile Roslyn just in time; grade.sh's builds are precompiled or quick.
        ("compile child (test build)", "--compile-server" in text and name == "dotnet"),
        ("compile child (grade.sh's build)", "--compile-server" in text),
        ("worker", program.startswith("Initialization.Grader.Worker")),
        ("bwrap", name == "bwrap"),
        ("test host", program == "testhost.dll"),
        ("test console (vstest)", program == "vstest.console.dll"),
        ("compiler server (VBCSCompiler)", "VBCSCompiler" in name or program == "VBCSCompiler.dll"),
        ("MSBuild node", program == "MSBuild.dll" and "/nodemode:" in text),
        ("crossgen2", "crossgen" in text.lower()),
        ("instructor tool", program == "Initialization.Grader.Instructor.dll"),
        ("grader", program in ("Initialization.Grader", "Initialization.Grader.dll")),
        ("dotnet format", program in ("dotnet-format.dll", "Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.dll") or cmdline[1:2] == ["format"]),
        ("dotnet build/publish/restore/test", name == "dotnet" and any(v in cmdline for v in ("build", "publish", "restore", "test", "msbuild"))),
        ("shell", name in ("bash", "sh", "dash")),
    ]
    for label, matched in rules:
        if matched:
            return label
    return "other: " + program


def busy_ticks():
    """The busy ticks of all cores so far, as tools/bench/cpu_of.sh counts them: user, nice, system, irq, softirq, steal."""
    with open("/proc/stat") as stat:
        fields = [int(v) for v in stat.readline().split()[1:]]
    return sum(fields[0:3]) + sum(fields[5:8])


def sample(seen, now):
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            fields = stat[stat.rindex(")") + 2:].split()
            cpu = int(fields[11]) + int(fields[12])
            start = fields[19]
            key = (pid, start)
            if key not in seen:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmdline = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
                if not cmdline:
                    continue
                seen[key] = [kind(cmdline), cpu, " ".join(cmdline)[:300], now, now]
            else:
                seen[key][1] = max(seen[key][1], cpu)
                seen[key][4] = now
        except (OSError, ValueError, IndexError):
            continue


def main():
    args = sys.argv[1:]
    interval, examples, timeline, window = 0.2, False, False, 0.0
    while args[:1] in (["--interval"], ["--examples"], ["--timeline"], ["--load"]):
        if args[0] == "--examples":
            examples, args = True, args[1:]
        elif args[0] == "--timeline":
            timeline, args = True, args[1:]
        elif args[0] == "--load":
            window, args = float(args[1]), args[2:]
        else:
            interval, args = float(args[1]), args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        sys.exit(__doc__)
    seen = {}
    ticks0, t0 = busy_ticks(), time.monotonic()
    sample(seen, 0.0)
    before = {k: v[1] for k, v in seen.items()}
    child = subprocess.Popen(args)
    load, window_start, window_ticks = [], 0.0, ticks0
    while child.poll() is None:
        now = time.monotonic() - t0
        sample(seen, now)
        if window and now - window_start >= window:
            ticks = busy_ticks()
            load.append((window_start, now, (ticks - window_ticks) / TICK / (now - window_start)))
            window_start, window_ticks = now, ticks
        time.sleep(interval)
    sample(seen, time.monotonic() - t0)
    wall, busy = time.monotonic() - t0, (busy_ticks() - ticks0) / TICK
    totals = {}
    example = {}
    for key, (label, cpu, cmdline, first, last) in seen.items():
        spent = (cpu - before.get(key, 0)) / TICK
        if spent <= 0:
            continue
        example.setdefault(label, cmdline)
        total = totals.setdefault(label, [0.0, 0])
        total[0] += spent
        total[1] += 1
    if timeline:
        hosts = [(v[3], v[4], v[1] - before.get(k, 0), v[2]) for k, v in seen.items() if v[0] == "test host"]
        print(f"\n{'test host (project)':50} {'start s':>8} {'end s':>8} {'core-s':>8}", file=sys.stderr)
        for first, last, cpu, cmdline in sorted(hosts):
            project = next((os.path.basename(a)[:-len(".runtimeconfig.json")] for a in cmdline.split() if a.endswith(".runtimeconfig.json")), cmdline[:50])
            print(f"{project:50} {first:8.1f} {last:8.1f} {cpu / TICK:8.1f}", file=sys.stderr)
    if load:
        print(f"\n{'window s':>15} {'busy cores':>10}", file=sys.stderr)
        for start, end, cores in load:
            print(f"{start:7.0f}-{end:<7.0f} {cores:10.2f} {'#' * round(cores * 20)}", file=sys.stderr)
    attributed = sum(t[0] for t in totals.values())
    print(f"\n{'kind of process':40} {'core-s':>8} {'count':>6}", file=sys.stderr)
    for label, (spent, count) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"{label:40} {spent:8.1f} {count:6d}", file=sys.stderr)
        if examples:
            print(f"    e.g. {example[label]}", file=sys.stderr)
    print(f"{'unattributed (short-lived, other)':40} {busy - attributed:8.1f}", file=sys.stderr)
    print(f"wall {wall:.1f} s, machine busy {busy:.1f} core-s, exit code {child.returncode}", file=sys.stderr)
    sys.exit(child.returncode)


if __name__ == "__main__":
    main()
