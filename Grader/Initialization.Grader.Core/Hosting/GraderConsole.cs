namespace Initialization.Grader.Hosting;

/// <summary>
/// The process's real standard output and error, captured when a program starts: NUnit swaps
/// <see cref="Console.Out"/> and <see cref="Console.Error"/> while it runs tests, and with
/// several gradings at once (batch mode) the last swap may not be undone, so anything written
/// through <see cref="Console"/> afterwards could vanish. The grader's own messages and results
/// go through these instead.
/// </summary>
public static class GraderConsole
{
    private static TextWriter? s_out;
    private static TextWriter? s_error;

    /// <summary>Standard output as it was at <see cref="Capture"/>.</summary>
    public static TextWriter Out => s_out ?? Console.Out;

    /// <summary>Standard error as it was at <see cref="Capture"/>.</summary>
    public static TextWriter Error => s_error ?? Console.Error;

    /// <summary>Captures the streams; call first thing in Main, before any test runs.</summary>
    public static void Capture()
    {
        s_out ??= Console.Out;
        s_error ??= Console.Error;
    }
}
