using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Initialization.Grader.Pipeline;

/// <summary>A stage of one grading in the grader's own process, whose CPU time <see cref="StageCosts"/> adds up.</summary>
public enum CpuStage
{
    /// <summary>Reading the submission and taking a compile child.</summary>
    Locate,

    /// <summary>Sending the source to the compile child and waiting for its answer.</summary>
    Compile,

    /// <summary>The hidden tests: NUnit, the calls sent to the worker and their answers read, the feedback and the diagnosis of mistakes.</summary>
    HiddenTests,

    /// <summary>Giving the worker back: it unloads the submission while the grader waits.</summary>
    ReleaseWorker,

    /// <summary>Writing the student's record (and another format's file) and reading it back for the reports.</summary>
    Record,
}

/// <summary>
/// Where a batch's CPU time goes, measured when GRADER_TIMINGS=1 (<see cref="StartIfAsked"/>) and
/// free otherwise: the compile children's (Roslyn, the checks, their start-up), the workers'
/// (bubblewrap, the worker's start-up, the student code), and the grader's own, by stage (the
/// grading thread's CPU time) and the rest (garbage collection, JIT, the threads reading the
/// children's output, start-up, the class-wide reports).
/// </summary>
/// <remarks>
/// Children are measured from the grader's side, in /proc, rather than by each child about
/// itself: that covers their start-up and their collections between requests, needs nothing
/// of the protocol, and takes no figure from a process that runs student code. A child's CPU
/// time reaches the grader's own account of its children only when the grader reaps it, and
/// that of its descendants only when they were reaped in turn, which a killed tree's never
/// are (bubblewrap and the worker under it die at once, orphaned): so each child's whole tree
/// is read just before it is killed and at the report for those still running. A compile
/// child is one process (prlimit and setsid execute it in place); one that ended by itself
/// (a crash) counts with the workers, since nobody could read it before it went.
/// </remarks>
public sealed class StageCosts
{
    /// <summary>The environment variable that turns the accounting on, with "1" (it also prints the stage times of a single grading).</summary>
    public const string Variable = "GRADER_TIMINGS";

    /// <summary>The report's first line starts with this (the benchmark script looks for it).</summary>
    public const string ReportHeading = "grader: CPU time per graded submission";

    /// <summary>Linux's USER_HZ, the unit of the times in /proc/PID/stat: fixed at 100 on every architecture .NET runs on.</summary>
    private const long TicksPerSecond = 100;

    private const int ClockProcessCpuTime = 2;
    private const int ClockThreadCpuTime = 3;

    private static StageCosts? s_current;

    private readonly long[] _stageNanoseconds = new long[Enum.GetValues<CpuStage>().Length];

    /// <summary>The children started and not killed yet, and whether each is a compile child.</summary>
    private readonly ConcurrentDictionary<WorkerProcess, bool> _running = new();

    private long _compileTicks;
    private long _orphanTicks;
    private int _compileChildren;
    private int _workers;
    private int _graded;
    private long _processAtGradingStart;
    private long _processAtGradingEnd;

    /// <summary>An accounting that no child or grading reports to unless it is <see cref="Current"/> (tests make their own).</summary>
    internal StageCosts()
    {
    }

    /// <summary>The accounting of this process, or null when it is off (the default).</summary>
    public static StageCosts? Current => s_current;

    /// <summary>Starts the accounting of this process when GRADER_TIMINGS=1.</summary>
    /// <returns>Whether it runs.</returns>
    public static bool StartIfAsked()
    {
        if (Environment.GetEnvironmentVariable(Variable) == "1")
        {
            s_current ??= new StageCosts();
        }

        return s_current is not null;
    }

    /// <summary>Records <paramref name="child"/>, just started, when the accounting runs.</summary>
    /// <param name="child">A compile child or a worker.</param>
    /// <param name="compiles">Whether it is a compile child.</param>
    /// <returns>The child.</returns>
    public static WorkerProcess Track(WorkerProcess child, bool compiles)
    {
        ArgumentNullException.ThrowIfNull(child);
        s_current?.Started(child, compiles);
        return child;
    }

    /// <summary>The compile children's CPU time noted so far (those killed), in ticks.</summary>
    internal long CompileTicks => Interlocked.Read(ref _compileTicks);

    /// <summary>The CPU time of the processes under the children killed so far, in ticks.</summary>
    internal long OrphanTicks => Interlocked.Read(ref _orphanTicks);

    /// <summary>The CPU time charged to <paramref name="stage"/> so far, in nanoseconds.</summary>
    internal long StageNanoseconds(CpuStage stage) => Interlocked.Read(ref _stageNanoseconds[(int)stage]);

    /// <summary>Records a child just started.</summary>
    internal void Started(WorkerProcess child, bool compiles)
    {
        _running[child] = compiles;
        if (compiles)
        {
            Interlocked.Increment(ref _compileChildren);
        }
        else
        {
            Interlocked.Increment(ref _workers);
        }
    }

    /// <summary>A clock of the calling thread's CPU time, charging it to <paramref name="stage"/> until switched.</summary>
    /// <param name="stage">The stage the thread is in.</param>
    /// <returns>The clock.</returns>
    public StageClock Start(CpuStage stage) => new(this, stage);

    /// <summary>Marks the start of grading: what the process used so far was its start-up.</summary>
    /// <param name="submissions">How many submissions are to be graded.</param>
    public void GradingStarts(int submissions)
    {
        _graded = submissions;
        _processAtGradingStart = Nanoseconds(ClockProcessCpuTime);
    }

    /// <summary>Marks the end of grading: what the process uses from now on goes to the class-wide reports.</summary>
    public void GradingEnds() => _processAtGradingEnd = Nanoseconds(ClockProcessCpuTime);

    /// <summary>Reads <paramref name="child"/>'s process tree just before it is killed (its descendants' CPU time would be lost).</summary>
    /// <param name="child">A child that still runs.</param>
    public void Ending(WorkerProcess child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (!_running.TryRemove(child, out var compiles))
        {
            return;
        }

        var (own, descendants) = TreeTicks(child.Id);
        // The child itself is reaped by the grader, so its time reaches the children's account;
        // a compile child's is also noted as the compile children's.
        Interlocked.Add(ref _orphanTicks, descendants);
        if (compiles)
        {
            Interlocked.Add(ref _compileTicks, own);
        }
    }

    /// <summary>Writes the table of where the CPU time went, per graded submission.</summary>
    /// <param name="output">Where to (stderr).</param>
    public void Report(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var process = Nanoseconds(ClockProcessCpuTime);
        // The children the grader reaped, with those they reaped in turn (the fields after its own).
        var (_, reaped) = Ticks(File.ReadAllText("/proc/self/stat"));
        long compile = _compileTicks, children = reaped + _orphanTicks;
        // Those still running (idle in the pools); the others ended by themselves and were reaped.
        foreach (var (child, compiles) in _running.Where(c => c.Key.IsAlive))
        {
            var (own, descendants) = TreeTicks(child.Id);
            children += own + descendants;
            compile += compiles ? own : 0;
        }

        var stages = _stageNanoseconds;
        var end = _processAtGradingEnd == 0 ? process : _processAtGradingEnd;
        var rows = new List<(string What, double Seconds)>
        {
            ($"compile children: Roslyn, the checks, their start-up ({_compileChildren} started)", Seconds(compile)),
            ($"workers: the sandbox, their start-up, the student code ({_workers} started)", Seconds(children - compile)),
            ("grader, locate: reading the file, taking a compile child", stages[(int)CpuStage.Locate] / 1e9),
            ("grader, compile: sending the source, waiting for the answer", stages[(int)CpuStage.Compile] / 1e9),
            ("grader, hidden tests: NUnit, calls, feedback, diagnosis", stages[(int)CpuStage.HiddenTests] / 1e9),
            ("grader, releasing the worker: waiting for its unload", stages[(int)CpuStage.ReleaseWorker] / 1e9),
            ("grader, record: the result files, read back", stages[(int)CpuStage.Record] / 1e9),
            ("grader, other threads while grading: GC, JIT, children's output, progress", (end - _processAtGradingStart - stages.Sum()) / 1e9),
            ("grader, before grading: start-up, exercise pack, sandbox probe, class", _processAtGradingStart / 1e9),
            ("grader, after grading: gradebooks, summary, plots", (process - end) / 1e9),
        };
        output.Write(Table(rows, _graded));
    }

    /// <summary>The table: each row's milliseconds per submission and share, then the total.</summary>
    /// <param name="rows">What and how many CPU seconds in all.</param>
    /// <param name="graded">How many submissions were graded.</param>
    /// <returns>The lines, the first starting with <see cref="ReportHeading"/>.</returns>
    internal static string Table(IReadOnlyList<(string What, double Seconds)> rows, int graded)
    {
        var total = rows.Sum(r => r.Seconds);
        var per = Math.Max(graded, 1);
        var width = rows.Max(r => r.What.Length);
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{ReportHeading} ({graded} graded; {total:0.00} s of CPU in all):\n");
        foreach (var (what, seconds) in rows.Append(("total", total)))
        {
            var share = total > 0 ? seconds / total : 0;
            text.Append(CultureInfo.InvariantCulture, $"  {what.PadRight(width)}  {seconds * 1000 / per,7:0.0} ms  {share,4:0%}  ({seconds:0.00} s)\n");
        }

        return text.ToString();
    }

    /// <summary>A process's CPU time from its /proc/PID/stat line, in ticks: its own (user and system) and that of its children it reaped.</summary>
    /// <param name="stat">The line.</param>
    /// <returns>Its own ticks and its reaped children's.</returns>
    internal static (long Own, long Reaped) Ticks(string stat)
    {
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return (Field(14) + Field(15), Field(16) + Field(17));
    }

    /// <summary>The CPU time of process <paramref name="pid"/> (with the children it reaped) and of all its running descendants (with theirs).</summary>
    internal static (long Own, long Descendants) TreeTicks(int pid)
    {
        var own = ProcessTicks(pid);
        var descendants = 0L;
        var pending = new Stack<int>(Children(pid));
        while (pending.TryPop(out var next))
        {
            descendants += ProcessTicks(next);
            foreach (var child in Children(next))
            {
                pending.Push(child);
            }
        }

        return (own, descendants);
    }

    private static long ProcessTicks(int pid)
    {
        try
        {
            var (own, reaped) = Ticks(File.ReadAllText($"/proc/{pid}/stat"));
            return own + reaped;
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            // It ended meanwhile: its parent reaps it, or it died with the tree.
            return 0;
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        var found = new List<int>();
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                var text = File.ReadAllText(Path.Combine(task, "children"));
                found.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
            }
        }
        catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
        {
            // As above.
        }

        return found;
    }

    private static double Seconds(long ticks) => (double)ticks / TicksPerSecond;

    private void Add(CpuStage stage, long nanoseconds) => Interlocked.Add(ref _stageNanoseconds[(int)stage], nanoseconds);

    /// <summary>The CPU time of <paramref name="clock"/> (this thread's or this process's), in nanoseconds.</summary>
    internal static long Nanoseconds(int clock) =>
        ClockGetTime(clock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;

    /// <summary>This thread's CPU time, in nanoseconds.</summary>
    internal static long ThreadNanoseconds() => Nanoseconds(ClockThreadCpuTime);

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>The calling thread's CPU time, charged to one stage at a time (a grading runs on one thread).</summary>
    public sealed class StageClock
    {
        private readonly StageCosts _owner;
        private readonly int _thread = Environment.CurrentManagedThreadId;
        private CpuStage _stage;
        private long _since;

        internal StageClock(StageCosts owner, CpuStage stage)
        {
            _owner = owner;
            _stage = stage;
            _since = ThreadNanoseconds();
        }

        /// <summary>Charges the time since the last switch to the current stage and goes on with <paramref name="stage"/>.</summary>
        /// <param name="stage">The next stage.</param>
        public void Switch(CpuStage stage)
        {
            // Another thread's clock says nothing of this one's: nothing is charged then.
            var now = ThreadNanoseconds();
            if (Environment.CurrentManagedThreadId == _thread)
            {
                _owner.Add(_stage, now - _since);
            }

            _stage = stage;
            _since = now;
        }

        /// <summary>Charges the time since the last switch to the current stage; the clock may go on with <see cref="Switch"/>.</summary>
        public void Stop() => Switch(_stage);
    }
}
