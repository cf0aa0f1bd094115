// Style: 2d / n for the fraction, explicit types everywhere (no var), int L cached.
using System;
using System.Collections.Generic;
using Initialization.Shared;

namespace Initialization;

public static class Initializers
{
    public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
    {
        Dictionary<string, Matrix> parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length;
        for (int l = 1; l < L; l++)
        {
            Matrix W = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
            Matrix b = Matrix.Zeros(layersDims[l], 1);
            parameters["W" + l] = W;
            parameters["b" + l] = b;
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
    {
        RandomState rng = new RandomState(3);
        Dictionary<string, Matrix> parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length;
        for (int l = 1; l < L; l++)
        {
            Matrix W = rng.Randn(layersDims[l], layersDims[l - 1]) * 10d;
            Matrix b = Matrix.Zeros(layersDims[l], 1);
            parameters["W" + l] = W;
            parameters["b" + l] = b;
        }

        return parameters;
    }

    public static Dictionary<string, Matrix> InitializeParametersHe(int[] layersDims)
    {
        RandomState rng = new RandomState(3);
        Dictionary<string, Matrix> parameters = new Dictionary<string, Matrix>();
        int L = layersDims.Length;
        for (int l = 1; l < L; l++)
        {
            double scale = Math.Sqrt(2d / layersDims[l - 1]);
            Matrix W = rng.Randn(layersDims[l], layersDims[l - 1]) * scale;
            Matrix b = Matrix.Zeros(layersDims[l], 1);
            parameters["W" + l] = W;
            parameters["b" + l] = b;
        }

        return parameters;
    }
}
