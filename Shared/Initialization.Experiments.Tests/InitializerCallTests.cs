namespace Initialization.Experiments.Tests;

public class InitializerCallTests
{
    [Test]
    public void Invoke_WorkingInitializer_Succeeds()
    {
        var outcome = InitializerCall.Invoke("InitializeParametersHe", TestInitializers.He, [2, 4, 1]);

        Assert.That(outcome.Status, Is.EqualTo(InitializerStatus.Succeeded));
        Assert.That(outcome.Parameters!.Keys, Is.EquivalentTo(new[] { "W1", "b1", "W2", "b2" }));
    }

    [Test]
    public void Invoke_StubWithTheStartersMessage_KeepsTheMessage()
    {
        var outcome = InitializerCall.Invoke("InitializeParametersHe", TestInitializers.NotImplemented, [2, 4, 1]);

        Assert.That(outcome.Status, Is.EqualTo(InitializerStatus.NotImplemented));
        Assert.That(outcome.Message, Is.EqualTo("InitializeParametersHe is not implemented yet: store W{l} and b{l}."));
    }

    [Test]
    public void Invoke_StubWithAnotherMessage_PutsTheMethodNameFirst()
    {
        var outcome = InitializerCall.Invoke("InitializeParametersZeros", _ => throw new NotImplementedException("todo"), [3, 2, 1]);

        Assert.That(outcome.Message, Is.EqualTo("InitializeParametersZeros is not implemented yet: todo"));
    }

    [Test]
    public void Invoke_NullResult_IsAFailureThatSaysSo()
    {
        var outcome = InitializerCall.Invoke("InitializeParametersZeros", _ => null!, [3, 2, 1]);

        Assert.That(outcome.Status, Is.EqualTo(InitializerStatus.Failed));
        Assert.That(outcome.Message, Does.Contain("returned null"));
    }

    [Test]
    public void Invoke_CallerArray_IsNotChangedByTheInitializer()
    {
        int[] dims = [3, 2, 1];

        InitializerCall.Invoke("InitializeParametersZeros", d => { d[0] = 99; return TestInitializers.Zeros([3, 2, 1]); }, dims);

        Assert.That(dims, Is.EqualTo(new[] { 3, 2, 1 }));
    }
}
