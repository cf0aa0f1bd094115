using Initialization.Grader.Cli;
using Initialization.Grader.Hosting;
using Initialization.Grader.Pipeline;

GraderConsole.Capture();

// The compile child is this executable in a hidden mode, recognized before the command line is parsed.
return CompileServer.Mode(args) is { } warmUp ? CompileServer.Serve(warmUp) : GradeCommand.Run(args);
