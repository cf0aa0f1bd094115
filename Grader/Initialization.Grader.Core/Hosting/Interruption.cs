using System.Runtime.InteropServices;
using Initialization.Grader.Pipeline;
using Initialization.Grader.Reporting;

namespace Initialization.Grader.Hosting;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM while grading. The first signal asks the run to stop:
/// <see cref="Token"/> is cancelled and every child process is ended at once
/// (<see cref="WorkerProcess.StopAll"/>), so gradings in flight end within moments instead of
/// running to their limits; the program then keeps what is complete, says so and exits with
/// <see cref="ExitCode"/>. A second signal ends the program at once: the children are killed,
/// their folders, the staged worker files and any half-written result file removed, and the
/// signal takes its default course (the process ends with it, as the shell expects).
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signals;
    private PosixSignal _first;

    private Interruption()
    {
        _cancellation.Token.Register(WorkerProcess.StopAll);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled by the first Ctrl-C or SIGTERM.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>Whether a signal asked the run to stop.</summary>
    public bool Requested => _cancellation.IsCancellationRequested;

    /// <summary>The signal that stopped the run, as the user knows it.</summary>
    public string Signal => Name(_first);

    /// <summary>The exit code for the signal that stopped the run: <see cref="GraderCommandLine.Interrupted"/> or <see cref="GraderCommandLine.Terminated"/>.</summary>
    public int ExitCode => _first == PosixSignal.SIGTERM ? GraderCommandLine.Terminated : GraderCommandLine.Interrupted;

    /// <summary>Handles Ctrl-C and SIGTERM from now until disposed.</summary>
    /// <returns>The listener.</returns>
    public static Interruption Listen() => new();

    /// <summary>Gives the signals back their default course.</summary>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        // The token source stays undisposed (it holds no timer or wait handle): a handler already
        // running on the signal thread may still cancel it.
    }

    /// <summary>A signal as the user knows it: Ctrl-C for SIGINT.</summary>
    private static string Name(PosixSignal signal) => signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl-C";

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref _signals) == 1)
        {
            // The program winds down on its own thread, with the token; this thread only asks.
            _first = context.Signal;
            context.Cancel = true;
            _cancellation.Cancel();
            return;
        }

        WorkerProcess.StopAll();
        WorkerProcess.RemoveFolders();
        WorkerImage.RemoveStagedCopies();
        ResultFile.RemoveUnfinished();
        if (!Console.IsErrorRedirected)
        {
            // A live progress bar hides the cursor; it will not be drawn again.
            GraderConsole.Error.Write("\u001b[?25h");
        }

        GraderConsole.Error.WriteLine($"\ngrade.sh: stopped at once ({Name(context.Signal)} again). The results written so far are kept; run the same command again to go on.");
        context.Cancel = false;
    }
}
