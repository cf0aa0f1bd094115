namespace Initialization.Grader.Packaging;

/// <summary>
/// A packaging request that cannot be carried out as asked (an output folder that is not empty,
/// a missing kit file, …). Its message names the problem and what to do; grade.sh prints it
/// without a stack trace and exits with the usage-error code.
/// </summary>
/// <param name="message">What is wrong and what to do.</param>
public sealed class PackagingException(string message) : Exception(message);
