using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Decodes metadata signatures (of methods, fields, locals, type specifications, generic
/// instantiations) into the types they mention, for <see cref="IlReferenceReader"/>: every named
/// type, whether it is a modifier, and what no safe C# can write (pointers, function pointers,
/// typed references, pinned locals).
/// </summary>
internal sealed class IlSignatureTypes : ISignatureTypeProvider<IlSignatureTypes.Shape, object?>
{
    /// <summary>The shared decoder; it keeps no state.</summary>
    public static IlSignatureTypes Instance { get; } = new();

    /// <summary>A decoded type: the parts a check needs, no more.</summary>
    internal abstract record Shape;

    /// <summary>A type defined (TypeDefinition) or referenced (TypeReference) by handle.</summary>
    internal sealed record Named(EntityHandle Handle) : Shape;

    /// <summary>A generic instantiation: the definition, then the type arguments.</summary>
    internal sealed record Composite(ImmutableArray<Shape> Parts) : Shape;

    /// <summary>An array (its methods are the runtime's) or a by-ref of <paramref name="Element"/>.</summary>
    internal sealed record Wrapped(Shape Element) : Shape;

    /// <summary>A type with a custom modifier (modreq/modopt): the modifier is named only as a marker.</summary>
    internal sealed record Modified(Shape Modifier, Shape Unmodified) : Shape;

    /// <summary>What safe C# cannot write; <paramref name="What"/> says it for the student.</summary>
    internal sealed record Unsafe(string What) : Shape;

    /// <summary>Primitive types and generic parameters: nothing to check.</summary>
    internal sealed record Leaf : Shape
    {
        public static Leaf Instance { get; } = new();
    }

    /// <summary>Calls <paramref name="named"/> for every type <paramref name="shape"/> mentions (with whether it is a modifier) and <paramref name="refused"/> for unsafe parts.</summary>
    public static void Visit(Shape shape, Action<EntityHandle, bool> named, Action<string> refused, bool asModifier = false)
    {
        switch (shape)
        {
            case Named n:
                named(n.Handle, asModifier);
                break;
            case Composite c:
                foreach (var part in c.Parts)
                {
                    Visit(part, named, refused, asModifier);
                }

                break;
            case Wrapped w:
                Visit(w.Element, named, refused, asModifier);
                break;
            case Modified m:
                Visit(m.Modifier, named, refused, asModifier: true);
                Visit(m.Unmodified, named, refused, asModifier);
                break;
            case Unsafe u:
                refused(u.What);
                break;
        }
    }

    /// <summary>The type whose members a member reference on <paramref name="shape"/> names: a named type or a generic instantiation's definition; null for arrays and the rest.</summary>
    public static EntityHandle? Primary(Shape shape) => shape switch
    {
        Named n => n.Handle,
        Composite c => Primary(c.Parts[0]),
        Modified m => Primary(m.Unmodified),
        _ => null,
    };

    public Shape GetPrimitiveType(PrimitiveTypeCode typeCode) =>
        typeCode == PrimitiveTypeCode.TypedReference ? new Unsafe("__makeref and TypedReference are") : Leaf.Instance;

    public Shape GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => new Named(handle);

    public Shape GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => new Named(handle);

    public Shape GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public Shape GetSZArrayType(Shape elementType) => new Wrapped(elementType);

    public Shape GetArrayType(Shape elementType, ArrayShape shape) => new Wrapped(elementType);

    public Shape GetByReferenceType(Shape elementType) => new Wrapped(elementType);

    public Shape GetPointerType(Shape elementType) => new Unsafe("pointers are");

    public Shape GetFunctionPointerType(MethodSignature<Shape> signature) => new Unsafe("function pointers are");

    public Shape GetGenericInstantiation(Shape genericType, ImmutableArray<Shape> typeArguments) => new Composite(typeArguments.Insert(0, genericType));

    public Shape GetGenericMethodParameter(object? genericContext, int index) => Leaf.Instance;

    public Shape GetGenericTypeParameter(object? genericContext, int index) => Leaf.Instance;

    public Shape GetModifiedType(Shape modifier, Shape unmodifiedType, bool isRequired) => new Modified(modifier, unmodifiedType);

    public Shape GetPinnedType(Shape elementType) => new Unsafe("pinned locals (fixed) are");
}
