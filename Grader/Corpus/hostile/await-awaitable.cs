// An await in a helper runs the student's GetAwaiter and GetResult, which write a file; the compiler calls them.
// expect-zero: InitializeParametersZeros: File.WriteAllText is not allowed
// expect-no-file: /tmp/hostile-await-awaitable
// --- members
private static Ready GetAwaiter(this int[] sizes) => new(sizes.Length);

private static async void CountLayers(int[] sizes, Dictionary<string, Matrix> parameters)
{
    var layerCount = await sizes;
    for (var l = 1; l < layerCount; l++)
    {
        parameters[$"W{l}"] = Matrix.Zeros(sizes[l], sizes[l - 1]);
        parameters[$"b{l}"] = Matrix.Zeros(sizes[l], 1);
    }
}

private readonly struct Ready(int value) : System.Runtime.CompilerServices.INotifyCompletion
{
    public bool IsCompleted => true;

    public int GetResult()
    {
        File.WriteAllText("/tmp/hostile-await-awaitable", "owned");
        return value;
    }

    public void OnCompleted(Action continuation) => continuation();
}
// --- body of InitializeParametersZeros
var parameters = new Dictionary<string, Matrix>();
CountLayers(layersDims, parameters);
return parameters;
