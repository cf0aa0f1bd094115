#!/usr/bin/env python3
"""Runs `dotnet test` and reports the machine's busy CPU during each test, the costliest first.

    python3 tools/bench/cpu_per_test.py [--top N] [--classes] -- dotnet test PROJECT [ARGS ...]

Samples /proc/stat every 0.1 s while the command runs, has it write a trx log (its --logger and
--results-directory are added), and gives each test the machine's busy core-seconds between its
start and end times, with its wall time. The figure is machine-wide: exact for a test that runs
alone (a [NonParallelizable] fixture on an otherwise idle machine), an upper bound for fixtures
that run side by side. --classes totals them per test class, and lists the gaps between tests
(fixture set-ups, the test host's start). Any python3 will do: it needs no packages. A
development tool; nothing in the kit or CI runs it.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from bisect import bisect_left
from collections import defaultdict

TICK = os.sysconf("SC_CLK_TCK")
TRX = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def busy_ticks():
    with open("/proc/stat") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    return sum(fields) - fields[3] - fields[4]  # all but idle and iowait


def main(argv):
    top, classes = 40, False
    while argv and argv[0] != "--":
        option = argv.pop(0)
        if option == "--top":
            top = int(argv.pop(0))
        elif option == "--classes":
            classes = True
        else:
            sys.exit(f"unknown option {option}\n{__doc__}")
    command = argv[1:]
    if command[:2] != ["dotnet", "test"]:
        sys.exit(f"give the dotnet test command after --\n{__doc__}")

    results = tempfile.mkdtemp(prefix="cpu-per-test-")
    samples, done = [], threading.Event()

    def sample():
        while not done.is_set():
            samples.append((time.time(), busy_ticks()))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = subprocess.call(command + ["--logger", "trx;LogFileName=run.trx", "--results-directory", results])
    done.set()
    sampler.join()
    samples.append((time.time(), busy_ticks()))

    times = [t for t, _ in samples]

    def busy(at):
        return samples[min(bisect_left(times, at), len(samples) - 1)][1]

    trx = os.path.join(results, "run.trx")
    if not os.path.exists(trx):
        shutil.rmtree(results, ignore_errors=True)
        sys.exit(f"cpu_per_test: the command wrote no trx log (exit code {code}): did it build and find tests?")
    root = ET.parse(trx).getroot()
    shutil.rmtree(results, ignore_errors=True)
    class_of = {d.get("id"): d.find(TRX + "TestMethod").get("className").rsplit(".", 1)[-1] for d in root.iter(TRX + "UnitTest")}
    tests = []
    for result in root.iter(TRX + "UnitTestResult"):
        start = datetime.datetime.fromisoformat(result.get("startTime")).timestamp()
        end = datetime.datetime.fromisoformat(result.get("endTime")).timestamp()
        tests.append((start, end, class_of.get(result.get("testId"), "?"), result.get("testName"), result.get("outcome")))
    tests.sort()

    cost = [((busy(e) - busy(s)) / TICK, e - s, c, n, o) for s, e, c, n, o in tests]
    print(f"\n{'core-s':>7} {'wall s':>6}  test (the machine's busy CPU while it ran)")
    for cpu, wall, cls, name, outcome in sorted(cost, reverse=True)[:top]:
        print(f"{cpu:7.1f} {wall:6.1f}  {cls}.{name}{'' if outcome == 'Passed' else f' [{outcome}]'}")
    total = (samples[-1][1] - samples[0][1]) / TICK
    print(f"\nthe whole command: {total:.1f} core-seconds, {samples[-1][0] - samples[0][0]:.1f} s; inside tests: {sum(c[0] for c in cost):.1f}")

    if classes:
        per_class = defaultdict(float)
        for cpu, _, cls, _, _ in cost:
            per_class[cls] += cpu
        print(f"\n{'core-s':>7}  class")
        for cls, cpu in sorted(per_class.items(), key=lambda item: -item[1]):
            print(f"{cpu:7.1f}  {cls}")
        print("\ngaps between tests over 1.5 s (fixture set-ups, the test host's start):")
        last = samples[0][0]
        for start, end, cls, name, _ in tests:
            if start - last > 1.5:
                print(f"{(busy(start) - busy(last)) / TICK:7.1f} core-s {start - last:6.1f} s  before {cls}.{name}")
            last = max(last, end)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
