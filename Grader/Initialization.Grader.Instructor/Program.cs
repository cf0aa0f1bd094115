using Initialization.Grader.Cli;

return InstructorCommand.Run(args);
