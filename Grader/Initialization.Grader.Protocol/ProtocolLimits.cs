namespace Initialization.Grader.Protocol;

/// <summary>
/// How much may cross from a worker (or a compile child) to the grader: the one owner of these
/// bounds. The worker cuts what it sends to them; the grader cuts again when decoding, since a
/// hostile child may send anything, and refuses frames above <see cref="MaxResponseBytes"/>.
/// </summary>
public static class ProtocolLimits
{
    /// <summary>Numbers (array elements, matrix values, scalars) one call's values may hold together: its returned value and its arguments as it left them.</summary>
    public const long MaxReturnedValues = 8 * 1024 * 1024;

    /// <summary>Items (dictionary entries, list elements, strings) one call's values may hold together.</summary>
    public const int MaxReturnedEntries = 256;

    /// <summary>Levels of nesting of a value (a dictionary of lists of matrices is 2).</summary>
    public const int MaxValueDepth = 8;

    /// <summary>Characters of one dictionary key ("W1", "b12", …).</summary>
    public const int MaxKeyChars = 64;

    /// <summary>Characters of one string value.</summary>
    public const int MaxStringValueChars = 4096;

    /// <summary>Characters of an exception's type name.</summary>
    public const int MaxTypeNameChars = 512;

    /// <summary>Characters of an exception's message, a load error or a compile problem.</summary>
    public const int MaxMessageChars = 2048;

    /// <summary>Characters of a stack trace (deep recursion makes thousands of frames).</summary>
    public const int MaxStackTraceChars = 2048;

    /// <summary>Characters of what one call printed.</summary>
    public const int MaxConsoleChars = 16 * 1024;

    /// <summary>Bytes of a compiled submission (its source is at most 1 MB).</summary>
    public const int MaxAssemblyBytes = 32 * 1024 * 1024;

    /// <summary>Characters of why one graded method cannot run (compile errors, refused APIs).</summary>
    public const int MaxProblemChars = 4096;

    /// <summary>Graded methods a compile response may describe.</summary>
    public const int MaxMethods = 16;

    /// <summary>Bytes of a compile request: the source (at most 1 MB, 3 bytes a character at worst), its name and the graded methods' declarations.</summary>
    public const int MaxCompileRequestBytes = (4 * 1024 * 1024) + (64 * 1024);

    /// <summary>The largest legitimate compile response: the assembly and every bounded text.</summary>
    public const int MaxCompileResponseBytes = MaxAssemblyBytes
        + (MaxMethods * (MaxProblemChars + MaxTypeNameChars + (2 * TextBounds.MaxNoteChars)) * 3)
        + ((MaxTypeNameChars + MaxMessageChars) * 3)
        + 4096;

    /// <summary>The largest legitimate response: the numbers of <see cref="MaxReturnedValues"/> (with a tag each at worst), every item and every bounded text (the exception's type and the failing file's name both bounded by <see cref="MaxTypeNameChars"/>), UTF-8 at 3 bytes a character.</summary>
    public const int MaxResponseBytes = (int)(MaxReturnedValues * (sizeof(double) + 1))
        + (MaxReturnedEntries * (((MaxKeyChars + MaxStringValueChars + TextBounds.MaxNoteChars) * 3) + 32))
        + (((2 * MaxTypeNameChars) + MaxMessageChars + MaxStackTraceChars + MaxConsoleChars + (5 * TextBounds.MaxNoteChars)) * 3)
        + 4096;
}
