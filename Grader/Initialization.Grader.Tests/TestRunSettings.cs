// Fixtures run two at a time: most of this project's tests wait on child processes (compile
// children, sandboxed workers, grade.sh), so a second fixture uses the CPU the first leaves idle.
// A fixture that changes process-wide state, measures time or memory, or counts the test run's
// child processes is [NonParallelizable] and runs alone.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
