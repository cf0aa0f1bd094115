using Initialization.Shared;
using Initialization.Tests;
using Initialization.Tests.Support;
using NUnit.Framework;

namespace Initialization.PublicTestChecks;

/// <summary>
/// The public tests' weight check names the mistake a wrong initializer makes: single mistakes,
/// two at once, a generator kept between calls or seeded differently on every call, and the
/// same hint for the same mistake whatever the layer sizes.
/// </summary>
public class PublicTestHintTests
{
    private static readonly Func<int[], int, double> s_he = (dims, l) => Math.Sqrt(2.0 / dims[l - 1]);
    private static readonly Func<int[], int, double> s_xavier = (dims, l) => Math.Sqrt(1.0 / dims[l - 1]);
    private static readonly Func<int[], int, double> s_one = (_, _) => 1;
    private static readonly Func<int[], int, double> s_ten = (_, _) => 10;

    [TestCase(new[] { 2, 4, 1 })]
    [TestCase(new[] { 1, 1, 1 })]
    [TestCase(new[] { 2, 10, 5, 1 })]
    public void XavierInHe_IsToldItUsed1Instead2_EvenWhereXavierEqualsNoFactor(int[] dims)
    {
        var hint = HintFor(HeInitializationTests.Rule, WrongInitializers.Seeded(3, s_xavier), dims);

        Assert.That(hint, Does.Contain("Xavier's: He has 2.0 where Xavier has 1"));
    }

    [TestCase(new[] { 2, 4, 1 })]
    [TestCase(new[] { 1, 1, 1 })]
    public void UnscaledHe_IsToldTheDrawsAreNotScaled(int[] dims)
    {
        var hint = HintFor(HeInitializationTests.Rule, WrongInitializers.Seeded(3, s_one), dims);

        Assert.That(hint, Does.StartWith("the draws are not scaled"));
    }

    [Test]
    public void UniformDrawsWithoutTheFactor10_AreToldAsTwoMistakes()
    {
        var hint = HintFor(RandomInitializationTests.Rule, WrongInitializers.Seeded(3, s_one, static (rng, rows, cols) => rng.Rand(rows, cols)), [3, 2, 1]);

        Assert.That(hint, Does.StartWith("two mistakes at once").And.Contain("not multiplied by 10").And.Contain("uniform (rng.Rand)"));
    }

    [Test]
    public void HeTimes10WithSeed1_IsToldAsTwoMistakes()
    {
        var hint = HintFor(HeInitializationTests.Rule, WrongInitializers.Seeded(1, s_ten), [2, 4, 1]);

        Assert.That(hint, Does.StartWith("two mistakes at once").And.Contain("multiplied by 10").And.Contain("seeded with 1:"));
    }

    [Test]
    public void RandomWithoutFactorAndSeededOncePerLayer_IsToldAsTwoMistakes()
    {
        var hint = HintFor(RandomInitializationTests.Rule, WrongInitializers.Seeded(3, s_one, static (_, rows, cols) => new RandomState(3).Randn(rows, cols)), [3, 2, 1]);

        Assert.That(hint, Does.Contain("not multiplied by 10").And.Contain("create the RandomState(3) once"));
    }

    [Test]
    public void GeneratorSeededDifferentlyOnEveryCall_IsToldTheSeedChanges_NotStaticFields()
    {
        var hint = HintFor(RandomInitializationTests.Rule, WrongInitializers.SeededFromTheClock(s_ten), [3, 2, 1]);

        Assert.That(hint, Does.Contain("seed changes from call to call").And.Not.Contain("static"));
    }

    [Test]
    public void GeneratorKeptBetweenCalls_IsToldItLivesOnBetweenCalls()
    {
        var initializer = WrongInitializers.KeptBetweenCalls(s_he);
        initializer([2, 10, 5, 1]);

        var hint = HintFor(HeInitializationTests.Rule, initializer, [2, 4, 1]);

        Assert.That(hint, Does.Contain("lives on between calls"));
    }

    [Test]
    public void EveryHeHint_Writes2Point0_NeverTheIntegerDivisionSqrt2Over()
    {
        var hints = LikelyMistakes.Of(HeInitializationTests.Rule).Select(m => m.Hint).Append(HeInitializationTests.Rule.GeneralHint);

        Assert.That(hints.Where(h => h.Contains("Sqrt(2 /", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test]
    public void EachHeScaleMistake_GetsOneHint_OnEveryLayerSizes()
    {
        int[][] cases = [[2, 4, 1], [1, 1, 1], [3, 2, 1], [2, 10, 5, 1], [5, 1, 5]];
        foreach (var scale in HeInitializationTests.Rule.WrongScales)
        {
            // Where a mistake changes nothing (the integer division on [1, 1, 1]) there is no hint to compare.
            var hints = cases.Select(dims => HintOrNull(HeInitializationTests.Rule, WrongInitializers.Seeded(3, scale.Factor), dims)).OfType<string>().Distinct().ToList();

            Assert.That(hints, Has.Count.EqualTo(1), $"hints for \"{scale.What}\"");
        }
    }

    /// <summary>The hint the public weight check gives <paramref name="initializer"/> on <paramref name="dims"/>.</summary>
    private static string HintFor(WeightRule rule, Func<int[], Dictionary<string, Matrix>> initializer, int[] dims) =>
        HintOrNull(rule, initializer, dims) ?? throw new AssertionException($"the weights for [{string.Join(", ", dims)}] passed the check");

    /// <summary>The hint, or null when the initializer's weights happen to be right for <paramref name="dims"/>.</summary>
    private static string? HintOrNull(WeightRule rule, Func<int[], Dictionary<string, Matrix>> initializer, int[] dims)
    {
        try
        {
            Verify.Weights(rule, initializer, dims, initializer(dims), rule.Expected(dims), 1e-10);
            return null;
        }
        catch (AssertionException failure)
        {
            var message = failure.Message;
            return message[(message.LastIndexOf("Hint: ", StringComparison.Ordinal) + "Hint: ".Length)..];
        }
    }
}
