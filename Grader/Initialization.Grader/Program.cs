using Initialization.Grader.Cli;

return GradeCommand.Run(args);
