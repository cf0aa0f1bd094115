using System.Diagnostics;
using System.Runtime.CompilerServices;
using Initialization.Experiments;
using Initialization.Shared;
using NUnit.Framework;

namespace Initialization.Tests;

/// <summary>
/// Instructors' check of Starter/Tests/Support/AssertsLikePython.cs: in the students' (Debug) build a
/// failing assert in their code fails the call with the grader's words instead of stopping the run.
/// </summary>
public class AssertsLikePythonTests
{
    [Test]
    public void AFailingDebugAssert_ThrowsWithItsLineAndMessage_AsTheGraderSays()
    {
        var line = 0;

        void Initializer()
        {
            line = CurrentLine() + 1;
            Debug.Assert(line < 0, "W1 has the wrong shape");
        }

        var thrown = Assert.Throws<AssertsLikePython.AssertionFailedException>(Initializer);
        Assert.That(thrown?.Message, Is.EqualTo($"your assertion on line {line} failed: W1 has the wrong shape"));
    }

    [Test]
    public void AFailingTraceAssertWithoutMessage_NamesItsCondition()
    {
        var line = 0;

        void Initializer()
        {
            line = CurrentLine() + 1;
            Trace.Assert(line < 0);
        }

        var thrown = Assert.Throws<AssertsLikePython.AssertionFailedException>(Initializer);
        Assert.That(thrown?.Message, Is.EqualTo($"your assertion on line {line} failed: line < 0"));
    }

    [Test]
    public void AFailingAssertInAnInitializer_FailsThatCallWithAMessage_InsteadOfStoppingTheRun()
    {
        var outcome = InitializerCall.Invoke("InitializeParametersHe", ShapeChecked, [2, 4, 1]);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(InitializerStatus.Failed));
            Assert.That(outcome.Message, Does.Contain("your assertion on line ").And.Contain(" failed: needs 5 layers"));
        });
    }

    [Test]
    public void APassingAssert_ChangesNothing()
    {
        Debug.Assert(true, "never shown");
        Trace.Assert(true);

        Assert.That(Initializers.InitializeParametersHe([2, 4, 1]), Has.Count.EqualTo(4));
    }

    private static Dictionary<string, Matrix> ShapeChecked(int[] layersDims)
    {
        var parameters = Initializers.InitializeParametersHe(layersDims);
        Debug.Assert(layersDims.Length == 5, "needs 5 layers");
        return parameters;
    }

    private static int CurrentLine([CallerLineNumber] int line = 0) => line;
}
