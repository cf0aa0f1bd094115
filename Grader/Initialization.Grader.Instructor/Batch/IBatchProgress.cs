namespace Initialization.Grader.Batch;

/// <summary>Tells the person running a batch how far it is.</summary>
public interface IBatchProgress
{
    /// <summary>Grading starts: <paramref name="toGrade"/> submissions, <paramref name="skipped"/> already graded.</summary>
    void Start(int toGrade, int skipped);

    /// <summary>One more submission is graded (called from any thread).</summary>
    void Graded(string studentId, double score, double maxScore);

    /// <summary>All submissions are graded, or the run was stopped.</summary>
    void Finish();
}
