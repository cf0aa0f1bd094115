// Style: a block namespace with the usings inside it, and IDictionary-typed locals.
namespace Initialization
{
    using System;
    using System.Collections.Generic;
    using Initialization.Shared;

    public static class Initializers
    {
        public static Dictionary<string, Matrix> InitializeParametersZeros(int[] layersDims)
        {
            IDictionary<string, Matrix> parameters = new Dictionary<string, Matrix>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                parameters["W" + l] = Matrix.Zeros(layersDims[l], layersDims[l - 1]);
                parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            }

            return (Dictionary<string, Matrix>)parameters;
        }

        public static Dictionary<string, Matrix> InitializeParametersRandom(int[] layersDims)
        {
            var rng = new RandomState(3);
            var parameters = new Dictionary<string, Matrix>();
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
            var parameters = new Dictionary<string, Matrix>();
            for (var l = 1; l < layersDims.Length; l++)
            {
                parameters["W" + l] = rng.Randn(layersDims[l], layersDims[l - 1]) * Math.Sqrt(2.0 / layersDims[l - 1]);
                parameters["b" + l] = Matrix.Zeros(layersDims[l], 1);
            }

            return parameters;
        }
    }
}
