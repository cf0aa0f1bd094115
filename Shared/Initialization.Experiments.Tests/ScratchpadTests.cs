namespace Initialization.Experiments.Tests;

public class ScratchpadTests
{
    // The notebook's output for He with [2, 4, 1] (Assignment.md, exercise 3).
    private const string HeW1 = "[[ 1.78862847  0.43650985]\n [ 0.09649747 -1.8634927 ]\n [-0.2773882  -0.35475898]\n [-0.08274148 -0.62700068]]";

    private static ScratchpadResult Evaluate(IReadOnlyList<Experiment> exercises, params string[] code)
    {
        var scratchpad = Scratchpad.For(exercises);
        ScratchpadResult? result = null;
        foreach (var piece in code)
        {
            result = scratchpad.EvaluateAsync(piece).GetAwaiter().GetResult();
        }

        return result!;
    }

    [Test]
    public void Evaluate_ExpressionWithTheSolution_PrintsTheMatrixTheWayNumpyDoes()
    {
        var result = Evaluate(KitInitializers.Solution, "Initializers.InitializeParametersHe(new[] { 2, 4, 1 })[\"W1\"]");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.Value));
        Assert.That(result.Text, Is.EqualTo(HeW1));
    }

    [Test]
    public void Evaluate_MethodWithoutItsClassName_IsFoundToo()
    {
        var result = Evaluate(KitInitializers.Solution, "InitializeParametersHe([2, 4, 1])[\"W1\"]");

        Assert.That(result.Text, Is.EqualTo(HeW1));
    }

    [Test]
    public void Evaluate_Dictionary_PrintsEachKeyAndItsValueLikeTheNotebook()
    {
        var result = Evaluate(KitInitializers.Solution, "InitializeParametersRandom(new[] { 3, 2, 1 })");

        Assert.That(result.Text, Is.EqualTo(
            "W1 = [[ 17.88628473   4.36509851   0.96497468]\n [-18.63492703  -2.77388203  -3.54758979]]\n"
            + "b1 = [[0.]\n [0.]]\n"
            + "W2 = [[-0.82741481 -6.27000677]]\n"
            + "b2 = [[0.]]"));
    }

    [TestCase("2.0 / 4", "0.5")]
    [TestCase("Math.Sqrt(2.0 / 4)", "0.7071067811865476")]
    [TestCase("1.0", "1.0")]
    [TestCase("2 / 4", "0")]
    [TestCase("new[] { 2, 4, 1 }", "[2, 4, 1]")]
    [TestCase("InitializeParametersZeros(new[] { 3, 2, 1 })[\"W1\"].Shape", "(2, 3)")]
    [TestCase("InitializeParametersZeros(new[] { 3, 2, 1 }).Keys", "[W1, b1, W2, b2]")]
    [TestCase("(string?)null", "null")]
    [TestCase("new Dictionary<string, Matrix>()", "{} (empty)")]
    [TestCase("Enumerable.Range(0, 1000)", "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, … (only the first 100 are shown)]")]
    public void Evaluate_OtherValues_PrintAsInTheNotebook(string code, string printed)
    {
        var result = Evaluate(KitInitializers.Solution, code);

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.Value));
        Assert.That(result.Text, Is.EqualTo(printed));
    }

    [TestCase("var p = InitializeParametersHe(new[] { 2, 4, 1 });")]
    [TestCase("Console.Write(\"\")")]
    [TestCase("InitializeParametersHe(new[] { 2, 4, 1 });")]
    public void Evaluate_StatementsOrAVoidCall_PrintNothing(string code)
    {
        var result = Evaluate(KitInitializers.Solution, code);

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.Done));
        Assert.That(result.Text, Is.Empty);
    }

    [Test]
    public void Evaluate_VariableFromAnEarlierEvaluation_IsStillThere()
    {
        var result = Evaluate(KitInitializers.Solution, "var p = InitializeParametersHe(new[] { 2, 4, 1 });", "var w = p[\"W2\"];", "w.Shape");

        Assert.That(result.Text, Is.EqualTo("(1, 4)"));
    }

    [Test]
    public void Evaluate_AfterCodeThatDoesNotCompileOrThrows_EarlierVariablesAreStillThere()
    {
        var result = Evaluate(KitInitializers.Solution, "var p = InitializeParametersHe(new[] { 2, 4, 1 });", "p[\"W1\"", "p[\"W9\"]", "p.Count");

        Assert.That(result.Text, Is.EqualTo("4"));
    }

    [Test]
    public void Evaluate_SyntaxError_GivesTheCompilersMessageAndPointsAtTheColumn()
    {
        var result = Evaluate(KitInitializers.Solution, "InitializeParametersHe(new[] { 2, 4, 1 }[\"W1\"]");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.DoesNotCompile));
        Assert.That(result.Text, Is.EqualTo(
            "Your code does not compile:\n"
            + "column 47: CS1026: ) expected\n"
            + "  InitializeParametersHe(new[] { 2, 4, 1 }[\"W1\"]\n"
            + "                                                ^"));
    }

    [Test]
    public void Evaluate_CodeOfSeveralLines_SaysTheLineAndTheColumn()
    {
        var result = Evaluate(KitInitializers.Solution, "var n = 2;\nvar m = Matrix.Zeros(n n);");

        Assert.That(result.Text, Does.Contain("line 2, column 24: CS1003: Syntax error, ',' expected\n  var m = Matrix.Zeros(n n);\n                         ^"));
    }

    [Test]
    public void Evaluate_MissingSemicolon_SaysWhereAndWhyItIsNeeded()
    {
        var result = Evaluate(KitInitializers.Solution, "var x = 1");

        Assert.That(result.Text, Does.Contain("column 10: CS1002: ; expected (end each statement with ;, except an expression whose value you want printed, which comes last)"));
    }

    [Test]
    public void Evaluate_ExpressionEndingWithASemicolon_SaysToLeaveItOutToPrint()
    {
        var result = Evaluate(KitInitializers.Solution, "var p = InitializeParametersHe(new[] { 2, 4, 1 }); p[\"W1\"];");

        Assert.That(result.Text, Does.Contain("CS0201").And.Contain("leave out its ;"));
    }

    [Test]
    public void Evaluate_MisspelledMethod_ListsTheMethodNames()
    {
        var result = Evaluate(KitInitializers.Solution, "initializeParametersHe(new[] { 2, 4, 1 })");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.DoesNotCompile));
        Assert.That(result.Text, Does.Contain("column 1: CS0103: The name 'initializeParametersHe' does not exist in the current context")
            .And.Contain("your methods are InitializeParametersZeros, InitializeParametersRandom, InitializeParametersHe"));
    }

    [Test]
    public void Evaluate_StubNotImplementedYet_NamesTheExerciseAndTheLineToReplace()
    {
        var result = Evaluate(KitInitializers.Starter, "Initializers.InitializeParametersHe(new[] { 2, 4, 1 })[\"W1\"]");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.NotImplemented));
        Assert.That(result.Text, Does.StartWith("Exercise 3 (He initialization) is not done yet. InitializeParametersHe is not implemented yet: store W{l}"));
        Assert.That(result.Text, Does.Match("Replace the \"// YOUR CODE HERE\" line and the throw at line [0-9]+ of Initializers.cs with your code"));
        Assert.That(result.Text, Does.Not.Contain("   at "), "no stack trace");
    }

    [TestCase("InitializeParametersZeros", 1)]
    [TestCase("InitializeParametersRandom", 2)]
    public void Evaluate_EachStub_NamesItsOwnExercise(string method, int exercise)
    {
        var result = Evaluate(KitInitializers.Starter, $"var p = {method}(new[] {{ 3, 2, 1 }});");

        Assert.That(result.Text, Does.StartWith($"Exercise {exercise} ("));
    }

    [Test]
    public void Evaluate_ExceptionInTheStudentsMethod_GivesItsTypeMessageAndLineOfInitializersCs()
    {
        var result = Evaluate(KitInitializers.Solution, "InitializeParametersHe(null!)");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.Threw));
        Assert.That(result.Text, Does.Match("^InitializeParametersHe threw NullReferenceException at line [0-9]+ of Initializers.cs: Object reference not set"));
        Assert.That(result.Text, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Evaluate_ExceptionInTheTypedCode_GivesItsTypeAndMessageWithAHint()
    {
        var result = Evaluate(KitInitializers.Solution, "InitializeParametersHe(new[] { 2, 4, 1 })[\"W9\"]");

        Assert.That(result.Status, Is.EqualTo(ScratchpadStatus.Threw));
        Assert.That(result.Text, Does.StartWith("Your code threw KeyNotFoundException: The given key 'W9' was not present in the dictionary. Hint: a dictionary key is missing"));
    }

    [TestCase("var p = InitializeParametersHe(new[] { 2, 4, 1 });", true)]
    [TestCase("p[\"W1\"]", true)]
    [TestCase("var p = InitializeParametersHe(new[] { 2, 4, 1 })", true)]
    [TestCase("Math.Sqrt(", false)]
    [TestCase("for (var l = 1; l < 3; l++)", false)]
    [TestCase("for (var l = 1; l < 3; l++)\n{", false)]
    [TestCase("for (var l = 1; l < 3; l++)\n{\n}", true)]
    public void IsComplete_CodeThatOpensABracketOrABlock_NeedsMoreLines(string code, bool complete)
    {
        Assert.That(Scratchpad.IsComplete(code), Is.EqualTo(complete));
    }
}
