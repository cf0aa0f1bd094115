namespace Initialization.Experiments;

/// <summary>
/// What the course's notebook reports for one model after 15,000 iterations at learning rate
/// 0.01: how many of the 300 training and 100 test examples it predicts right.
/// </summary>
/// <param name="TrainCorrect">Training examples predicted right, e.g. 298 of 300 for He.</param>
/// <param name="TrainCount">Training examples, 300.</param>
/// <param name="TestCorrect">Test examples predicted right, e.g. 96 of 100 for He.</param>
/// <param name="TestCount">Test examples, 100.</param>
public sealed record CourseOutcome(int TrainCorrect, int TrainCount, int TestCorrect, int TestCount)
{
    /// <summary>The course's training accuracy, e.g. 0.9933333333333333.</summary>
    public double TrainAccuracy => (double)TrainCorrect / TrainCount;

    /// <summary>The course's test accuracy, e.g. 0.96.</summary>
    public double TestAccuracy => (double)TestCorrect / TestCount;
}
