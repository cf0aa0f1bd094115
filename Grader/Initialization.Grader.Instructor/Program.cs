using Initialization.Grader.Cli;
using Initialization.Grader.Hosting;

GraderConsole.Capture();
return InstructorCommand.Run(args);
