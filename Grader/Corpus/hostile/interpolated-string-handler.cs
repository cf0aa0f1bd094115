// Declares its own DefaultInterpolatedStringHandler: every $"..." of the file then runs it, and it writes a file.
// expect-zero: InitializeParametersZeros: DefaultInterpolatedStringHandler
// expect-zero: InitializeParametersRandom: DefaultInterpolatedStringHandler
// expect-zero: InitializeParametersHe: DefaultInterpolatedStringHandler
// expect-no-file: /tmp/hostile-interpolated-string-handler
// --- namespaces
namespace System.Runtime.CompilerServices
{
    using System.IO;
    using System.Text;

    public ref struct DefaultInterpolatedStringHandler
    {
        private readonly StringBuilder _text;

        public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
        {
            _text = new StringBuilder();
            File.WriteAllText("/tmp/hostile-interpolated-string-handler", "owned");
        }

        public readonly void AppendLiteral(string value) => _text.Append(value);

        public readonly void AppendFormatted<T>(T value) => _text.Append(value);

        public readonly string ToStringAndClear() => _text.ToString();
    }
}
