using Initialization.Shared.Model;

namespace Initialization.Experiments;

/// <summary>
/// Compares a trained model with the course's outcome, so a student whose model ends elsewhere
/// is told so plainly, with what to run next.
/// </summary>
internal static class CourseCheck
{
    /// <summary>Whether the run uses the course's iterations and learning rate, the only setting its figures hold for.</summary>
    public static bool Comparable(RunnerOptions options) =>
        options.Iterations == TrainingOptions.Course.Iterations && options.LearningRate == TrainingOptions.Course.LearningRate;

    /// <summary>Whether the trained model predicts as many examples right as the course's, on both sets.</summary>
    public static bool Matches(ExperimentResult result, CourseOutcome course) =>
        Correct(result.TrainAccuracy, course.TrainCount) == course.TrainCorrect && Correct(result.TestAccuracy, course.TestCount) == course.TestCorrect;

    /// <summary>One sentence comparing <paramref name="result"/> with the course, or null when there is nothing to compare.</summary>
    public static string? Verdict(ExperimentResult result, RunnerOptions options)
    {
        if (!result.Trained || result.Experiment.Course is not { } course)
        {
            return null;
        }

        var courseFigures = $"{Percent.Format(course.TrainAccuracy)} of the training and {Percent.Format(course.TestAccuracy)} of the test examples";
        if (!Comparable(options))
        {
            return $"The course's model gets {courseFigures} right after {TrainingOptions.Course.Iterations} iterations at learning rate {PythonFloat.Format(TrainingOptions.Course.LearningRate)}; with your options the figures are not comparable.";
        }

        return Matches(result, course)
            ? $"As in the course: {courseFigures} right."
            : $"{result.Experiment.Title} reached {Percent.Format(result.TrainAccuracy)} on the training set and {Percent.Format(result.TestAccuracy)} on the test set; " +
              $"the course reaches {Percent.Format(course.TrainAccuracy)} and {Percent.Format(course.TestAccuracy)}. " +
              $"Your {result.Experiment.MethodName} does not start from the course's parameters: run dotnet test Starter to see what differs.";
    }

    private static int Correct(double accuracy, int count) => (int)Math.Round(accuracy * count);
}
