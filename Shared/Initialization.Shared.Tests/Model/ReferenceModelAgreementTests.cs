using Initialization.Shared.Model;

namespace Initialization.Shared.Tests.Model;

/// <summary>
/// The optimized model against <see cref="ReferenceModel"/> on shapes the fixtures do not cover:
/// 1 to 5 features (odd ones are padded), example counts around the vector width and numpy's
/// pairwise block sizes, and batches larger than one prediction chunk.
/// </summary>
public class ReferenceModelAgreementTests
{
    private static readonly TrainingOptions s_shortRun = new() { LearningRate = 0.05, Iterations = 30, ReportEvery = 7 };

    [TestCase(1, 1)]
    [TestCase(1, 8)]
    [TestCase(2, 2)]
    [TestCase(2, 9)]
    [TestCase(2, 129)]
    [TestCase(3, 17)]
    [TestCase(4, 64)]
    [TestCase(5, 300)]
    [TestCase(2, 1000)]
    public void Training_EqualsThePlainMatrixModelBitForBit(int features, int examples)
    {
        var (x, y) = RandomData(features, examples, seed: (features * 1000) + examples);
        var dims = NeuralNetwork.LayerDims(features);

        Assert.Multiple(() =>
        {
            foreach (var initializer in new Func<int[], Dictionary<string, Matrix>>[] { CourseInitializers.He, CourseInitializers.Random })
            {
                var expected = ReferenceModel.Train(x, y, initializer(dims), s_shortRun);

                var actual = NeuralNetwork.Train(x, y, initializer, s_shortRun);

                Assert.That(actual.Costs, Is.EqualTo(expected.Costs), initializer.Method.Name + " costs");
                ModelAssert.SameBits(actual.Parameters, expected.Parameters);
            }
        });
    }

    [TestCase(3, 2500)]
    [TestCase(2, 1025)]
    public void Probabilities_EqualThePlainMatrixModelAcrossPredictionChunks(int features, int examples)
    {
        var (x, _) = RandomData(features, examples, seed: examples);
        var parameters = CourseInitializers.Random(NeuralNetwork.LayerDims(features));

        var actual = NeuralNetwork.Probabilities(x, parameters);

        Assert.That(Fixture.Bits(actual.AsSpan()), Is.EqualTo(Fixture.Bits(ReferenceModel.Probabilities(x, parameters).AsSpan())));
    }

    private static (Matrix X, Matrix Y) RandomData(int features, int examples, int seed)
    {
        var rng = new RandomState((uint)seed);
        var x = rng.Randn(features, examples);
        var y = rng.Rand(1, examples).Map(static u => u > 0.5 ? 1.0 : 0.0);
        return (x, y);
    }
}
