// Style: extra usings a student's IDE adds (System.Text, System.Diagnostics, using static System.Math, an alias), some unused.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Initialization.Shared;
using static System.Math;
using Params = System.Collections.Generic.Dictionary<string, Initialization.Shared.Matrix>;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        var parameters = new Params();
        var log = new StringBuilder();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            log.Append('W').Append(l).Append(' ');
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Params();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * 10;
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        var rng = new RandomState(3);
        var parameters = new Params();
        for (var l = 1; l < layersDims.Length; l++)
        {
            parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * Sqrt(2.0 / layersDims[l - 1]);
            parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
        }

        return parameters;
    }
}
