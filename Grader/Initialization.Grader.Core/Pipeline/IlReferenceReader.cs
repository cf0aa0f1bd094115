using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using static Initialization.Grader.Pipeline.IlCallGraph;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Reads the submission's emitted assembly (metadata, signatures, attributes and every method's
/// IL) into an <see cref="IlCallGraph"/>: each reference to a library checked against
/// <see cref="ApiPolicy"/>, each reference to the submission's own code an edge.
/// </summary>
/// <remarks>
/// Edges, conservatively: a method runs its type's static initialization and every method it
/// calls, creates a delegate of or names through a generic instantiation; creating, naming or
/// instantiating a type may run all of its methods (the framework calls overrides and interface
/// methods back: ToString, Equals, Dispose, GetEnumerator…), its base types' and interfaces' too.
/// The compiler's closure classes (<c>&lt;&gt;c</c>, <c>&lt;&gt;c__DisplayClass…</c>) are the
/// exception: their lambdas run only where a delegate is made of them, so creating one runs only
/// its constructors. Iterator and async state machines are created by the method they belong to
/// and count as all of it.
/// </remarks>
internal sealed class IlReferenceReader
{
    private const string PrivateImplementationDetails = "<PrivateImplementationDetails>";
    private const string ArgumentIteratorRefused = "__arglist, __makeref, __refvalue and __reftype are not allowed here";
    private const string ExternRefused = "an extern (P/Invoke) method is not allowed here";

    private readonly PEReader _pe;
    private readonly MetadataReader _md;
    private readonly MetadataReader? _pdb;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<MethodDefinitionHandle, Node> _methods = [];
    private readonly Dictionary<FieldDefinitionHandle, Node> _fields = [];
    private readonly Dictionary<TypeDefinitionHandle, (Node Static, Node All)> _types = [];

    private IlReferenceReader(PEReader pe, MetadataReader? pdb, CancellationToken cancellationToken)
    {
        _pe = pe;
        _md = pe.GetMetadataReader();
        _pdb = pdb;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The graph.</summary>
    public IlCallGraph Graph { get; } = new();

    /// <summary>Reads the assembly.</summary>
    /// <param name="pe">The assembly.</param>
    /// <param name="pdb">Its portable PDB, for line numbers, or null.</param>
    /// <param name="cancellationToken">Stops with the compilation's time limit.</param>
    /// <returns>The reader, holding the graph.</returns>
    public static IlReferenceReader Read(PEReader pe, MetadataReader? pdb, CancellationToken cancellationToken)
    {
        var reader = new IlReferenceReader(pe, pdb, cancellationToken);
        reader.DeclareNodes();
        reader.CheckDeclarations();
        reader.CheckAttributes();
        return reader;
    }

    /// <summary>The nodes of the methods named <paramref name="method"/> in the type whose runtime name is <paramref name="type"/>.</summary>
    /// <param name="type">"Namespace.Outer+Inner".</param>
    /// <param name="method">The method's name.</param>
    /// <returns>The nodes, empty when there is no such method.</returns>
    public IEnumerable<Node> MethodsNamed(string type, string method) =>
        _md.TypeDefinitions.Where(t => FullName(t) == type)
            .SelectMany(t => _md.GetTypeDefinition(t).GetMethods())
            .Where(m => _md.StringComparer.Equals(_md.GetMethodDefinition(m).Name, method))
            .Select(m => _methods[m]);

    private void DeclareNodes()
    {
        foreach (var handle in _md.TypeDefinitions)
        {
            var type = _md.GetTypeDefinition(handle);
            var name = SourceName(handle);
            _types[handle] = (IlCallGraph.Add($"the static initialization of {name}", null), IlCallGraph.Add($"a {name}", null));
            foreach (var method in type.GetMethods())
            {
                _methods[method] = MethodNode(handle, method);
            }

            foreach (var field in type.GetFields())
            {
                _fields[field] = IlCallGraph.Add($"the field {_md.GetString(_md.GetFieldDefinition(field).Name)}", null);
            }
        }

        foreach (var handle in _md.TypeDefinitions)
        {
            var type = _md.GetTypeDefinition(handle);
            var (statics, all) = _types[handle];
            all.Edges.Add(statics);
            var closure = IsClosure(handle);
            foreach (var method in type.GetMethods())
            {
                var definition = _md.GetMethodDefinition(method);
                var node = _methods[method];
                node.Edges.Add(statics);
                var isConstructor = _md.StringComparer.Equals(definition.Name, ".ctor");
                var isStaticConstructor = _md.StringComparer.Equals(definition.Name, ".cctor");
                if (isStaticConstructor)
                {
                    statics.Edges.Add(node);
                }

                if (!closure || isConstructor || isStaticConstructor)
                {
                    all.Edges.Add(node);
                }
            }

            foreach (var field in type.GetFields())
            {
                _fields[field].Edges.Add(statics);
            }
        }

        // <Module> is the first type; its static constructor is the module initializer.
        var module = MetadataTokens.TypeDefinitionHandle(1);
        foreach (var method in _md.GetTypeDefinition(module).GetMethods())
        {
            Graph.Module.Edges.Add(_methods[method]);
            if (_md.StringComparer.Equals(_md.GetMethodDefinition(method).Name, ".cctor"))
            {
                Graph.Module.Refuse(null, "module initializer", "a module initializer (code that runs when the assembly loads, such as [ModuleInitializer]) is not allowed");
            }
        }
    }

    private void CheckDeclarations()
    {
        foreach (var handle in _md.TypeDefinitions)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var type = _md.GetTypeDefinition(handle);
            var (statics, all) = _types[handle];
            var compilerType = IsCompilerType(handle);
            CheckTypeDeclaration(handle, type, statics, compilerType);

            if (!type.BaseType.IsNil)
            {
                CheckNamedType(statics, type.BaseType, null, all);
            }

            foreach (var implementation in type.GetInterfaceImplementations())
            {
                CheckNamedType(statics, _md.GetInterfaceImplementation(implementation).Interface, null, all);
            }

            CheckGenericParameters(type.GetGenericParameters(), statics);
            foreach (var field in type.GetFields())
            {
                CheckField(field, compilerType);
            }

            foreach (var method in type.GetMethods())
            {
                CheckMethod(handle, method, compilerType);
            }

            foreach (var implementation in type.GetMethodImplementations())
            {
                var methodImplementation = _md.GetMethodImplementation(implementation);
                if (methodImplementation.MethodBody.Kind == HandleKind.MethodDefinition)
                {
                    Reference(_methods[(MethodDefinitionHandle)methodImplementation.MethodBody], methodImplementation.MethodDeclaration, null, default, inCompilerHelper: false);
                }
            }
        }
    }

    /// <summary>Refuses what a declaration itself may not be: in a framework namespace, a finalizer's type, explicit layout.</summary>
    private void CheckTypeDeclaration(TypeDefinitionHandle handle, TypeDefinition type, Node statics, bool compilerType)
    {
        var (ns, name) = OutermostOf(handle);
        if (ApiPolicy.IsFrameworkNamespace(ns) && !(type.GetDeclaringType().IsNil && ApiPolicy.IsCompilerDeclared(ns, name)))
        {
            // The compiler and the runtime recognise their types and attributes by full name:
            // a submission's own System.Runtime.CompilerServices.ModuleInitializerAttribute (or
            // DefaultInterpolatedStringHandler, UnsafeAccessorAttribute…) would be given their meaning.
            var full = FullName(handle).Replace('+', '.');
            Graph.Module.Refuse(null, full, $"{full} is declared in the {ns} namespace: a submission may not declare types in the System or Microsoft namespaces, whose names the compiler and the runtime give meaning to");
        }

        if (!compilerType && (type.Attributes & TypeAttributes.LayoutMask) == TypeAttributes.ExplicitLayout)
        {
            statics.Refuse(null, "StructLayout", $"explicit layout ([StructLayout(LayoutKind.Explicit)] on {SourceName(handle)}) is not allowed here");
        }
    }

    private void CheckField(FieldDefinitionHandle handle, bool compilerType)
    {
        var field = _md.GetFieldDefinition(handle);
        var node = _fields[handle];
        if (!compilerType && (field.Attributes & (FieldAttributes.HasFieldMarshal | FieldAttributes.HasFieldRVA)) != 0)
        {
            node.Refuse(null, "MarshalAs", $"marshalling or data attached to the field {_md.GetString(field.Name)} is not allowed here");
        }

        CheckShape(node, field.DecodeSignature(IlSignatureTypes.Instance, null), null, declared: true);
    }

    private void CheckMethod(TypeDefinitionHandle type, MethodDefinitionHandle handle, bool compilerType)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var method = _md.GetMethodDefinition(handle);
        var node = _methods[handle];
        var name = _md.GetString(method.Name);
        var signature = method.DecodeSignature(IlSignatureTypes.Instance, null);

        if (!compilerType && name == "Finalize" && signature.ParameterTypes.IsEmpty)
        {
            // It runs on the runtime's own thread whenever the collector decides, in the middle of
            // whatever method is then being graded: its effects cannot be charged to the method that made the object.
            Graph.Module.Refuse(null, "finalizer", $"a finalizer (~{SourceName(type)}) is not allowed: it runs at a time no method chooses, during any of them");
        }

        var delegateMethod = IsDelegate(type);
        var codeType = method.ImplAttributes & MethodImplAttributes.CodeTypeMask;
        if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0
            || (method.ImplAttributes & MethodImplAttributes.InternalCall) != 0
            || codeType is MethodImplAttributes.Native or MethodImplAttributes.OPTIL
            || codeType == MethodImplAttributes.Runtime && !delegateMethod
            || method.RelativeVirtualAddress == 0 && (method.Attributes & MethodAttributes.Abstract) == 0 && !delegateMethod)
        {
            node.Refuse(null, "extern", ExternRefused);
        }

        if (signature.Header.CallingConvention == SignatureCallingConvention.VarArgs)
        {
            node.Refuse(null, "__arglist", ArgumentIteratorRefused);
        }

        foreach (var part in signature.ParameterTypes.Prepend(signature.ReturnType))
        {
            CheckShape(node, part, null, declared: true);
        }

        CheckGenericParameters(method.GetGenericParameters(), node);
        if (method.RelativeVirtualAddress != 0)
        {
            CheckBody(handle, method, node, inCompilerHelper: IsPrivateImplementationDetails(type));
        }
    }

    private void CheckBody(MethodDefinitionHandle handle, MethodDefinition method, Node node, bool inCompilerHelper)
    {
        var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
        var lines = SequencePoints(handle);
        if (!body.LocalSignature.IsNil)
        {
            var locals = _md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(IlSignatureTypes.Instance, null);
            foreach (var local in locals)
            {
                CheckShape(node, local, null, declared: true);
            }
        }

        foreach (var region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                Reference(node, region.CatchType, LineAt(lines, region.HandlerOffset), ILOpCode.Nop, inCompilerHelper);
            }
        }

        foreach (var instruction in IlInstructionReader.Read(body.GetILReader()))
        {
            var line = LineAt(lines, instruction.Offset);
            switch (instruction.OpCode)
            {
                case ILOpCode.Calli:
                    node.Refuse(line, "calli", "function pointers (calli) are not allowed here");
                    continue;
                case ILOpCode.Arglist or ILOpCode.Mkrefany or ILOpCode.Refanyval or ILOpCode.Refanytype:
                    node.Refuse(line, "__arglist", ArgumentIteratorRefused);
                    break;
                case ILOpCode.Jmp:
                    node.Refuse(line, "jmp", "jmp is not allowed here");
                    break;
                case ILOpCode.Localloc when !body.LocalVariablesInitialized:
                    node.Refuse(line, "stackalloc", "stackalloc without zeroed memory ([SkipLocalsInit]) is not allowed here");
                    break;
            }

            if (instruction.Token != 0)
            {
                Reference(node, MetadataTokens.EntityHandle(instruction.Token), line, instruction.OpCode, inCompilerHelper);
            }
        }
    }

    /// <summary>Checks a reference from <paramref name="node"/>'s code: library ones against the policy, the submission's own as edges.</summary>
    private void Reference(Node node, EntityHandle handle, int? line, ILOpCode opCode, bool inCompilerHelper)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var method = (MethodDefinitionHandle)handle;
                node.Edges.Add(_methods[method]);
                if (opCode == ILOpCode.Newobj)
                {
                    node.Edges.Add(_types[_md.GetMethodDefinition(method).GetDeclaringType()].All);
                }

                break;
            case HandleKind.FieldDefinition:
                node.Edges.Add(_fields[(FieldDefinitionHandle)handle]);
                break;
            case HandleKind.MethodSpecification:
                var specification = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                foreach (var argument in specification.DecodeSignature(IlSignatureTypes.Instance, null))
                {
                    CheckShape(node, argument, line, declared: true);
                }

                Reference(node, specification.Method, line, opCode, inCompilerHelper);
                break;
            case HandleKind.MemberReference:
                MemberReference(node, (MemberReferenceHandle)handle, line, opCode, inCompilerHelper);
                break;
            case HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification:
                CheckNamedType(node, handle, line, node);
                break;
            default:
                node.Refuse(line, handle.Kind.ToString(), $"a reference to a {handle.Kind} is not allowed here");
                break;
        }
    }

    private void MemberReference(Node node, MemberReferenceHandle handle, int? line, ILOpCode opCode, bool inCompilerHelper)
    {
        var member = _md.GetMemberReference(handle);
        var name = _md.GetString(member.Name);
        EntityHandle? owner = member.Parent;
        if (member.Parent.Kind == HandleKind.TypeSpecification)
        {
            // A generic instantiation (List<Process>, Box<Evil>) or an array: check its arguments, then the member on its definition.
            var shape = _md.GetTypeSpecification((TypeSpecificationHandle)member.Parent).DecodeSignature(IlSignatureTypes.Instance, null);
            CheckShape(node, shape, line, declared: true);
            owner = IlSignatureTypes.Primary(shape);
        }

        switch (owner?.Kind)
        {
            case null:
                // Multi-dimensional arrays' Get, Set, Address and constructors are the runtime's.
                return;
            case HandleKind.TypeDefinition:
                // A member of the submission's own generic type: every member of that name.
                var type = _md.GetTypeDefinition((TypeDefinitionHandle)owner.Value);
                node.Edges.UnionWith(type.GetMethods().Where(m => _md.StringComparer.Equals(_md.GetMethodDefinition(m).Name, name)).Select(m => _methods[m]));
                node.Edges.UnionWith(type.GetFields().Where(f => _md.StringComparer.Equals(_md.GetFieldDefinition(f).Name, name)).Select(f => _fields[f]));
                node.Edges.Add(opCode == ILOpCode.Newobj ? _types[(TypeDefinitionHandle)owner.Value].All : _types[(TypeDefinitionHandle)owner.Value].Static);
                return;
            case HandleKind.MethodDefinition:
                // A call site of a vararg method.
                node.Edges.Add(_methods[(MethodDefinitionHandle)owner.Value]);
                return;
            case HandleKind.TypeReference:
                break;
            default:
                node.Refuse(line, name, $"{name} (a reference to a {owner.Value.Kind}) is not allowed here");
                return;
        }

        var reference = (TypeReferenceHandle)owner.Value;
        var (ns, outermost) = OutermostOf(reference);
        var typeName = _md.GetString(_md.GetTypeReference(reference).Name);
        if (ApiPolicy.IsCompilerEmitted(ns, typeName, name) || inCompilerHelper && ApiPolicy.IsCompilerHelperUse(ns, typeName, name))
        {
            return;
        }

        if (!ApiPolicy.AllowsType(ns, outermost) || !ApiPolicy.AllowsMember(ns, typeName, name))
        {
            var api = name == ".ctor" ? $"new {Display(reference)}(…)" : $"{Display(reference)}.{MetadataNames.WithoutAccessorPrefix(name)}";
            node.Refuse(line, api, $"{api} is not allowed here");
            return;
        }

        // An allowed member whose signature mentions a refused type (Exception.TargetSite returns a MethodBase).
        if (member.GetKind() == MemberReferenceKind.Method)
        {
            var signature = member.DecodeMethodSignature(IlSignatureTypes.Instance, null);
            foreach (var part in signature.ParameterTypes.Prepend(signature.ReturnType))
            {
                CheckShape(node, part, line, declared: false);
            }
        }
        else
        {
            CheckShape(node, member.DecodeFieldSignature(IlSignatureTypes.Instance, null), line, declared: false);
        }
    }

    /// <summary>Checks a type named by handle (a token, a base, an interface): library types against the policy; the submission's own reach <paramref name="linkFrom"/> to all of them.</summary>
    private void CheckNamedType(Node node, EntityHandle handle, int? line, Node linkFrom)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                linkFrom.Edges.Add(_types[(TypeDefinitionHandle)handle].All);
                break;
            case HandleKind.TypeReference:
                CheckTypeReference(node, (TypeReferenceHandle)handle, line, asModifier: false);
                break;
            case HandleKind.TypeSpecification:
                var shape = _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(IlSignatureTypes.Instance, null);
                IlSignatureTypes.Visit(
                    shape,
                    (named, asModifier) =>
                    {
                        if (named.Kind == HandleKind.TypeDefinition)
                        {
                            linkFrom.Edges.Add(_types[(TypeDefinitionHandle)named].All);
                        }
                        else if (named.Kind == HandleKind.TypeReference)
                        {
                            CheckTypeReference(node, (TypeReferenceHandle)named, line, asModifier);
                        }
                    },
                    what => node.Refuse(line, what, $"{what} not allowed here"));
                break;
        }
    }

    /// <summary>
    /// Checks the types a signature mentions. In the submission's own signatures (<paramref name="declared"/>)
    /// its types are edges and the types the compiler names (a record's Type) pass; in a library
    /// member's signature only allowed types do (so no Type reaches Array.CreateInstance).
    /// </summary>
    private void CheckShape(Node node, IlSignatureTypes.Shape shape, int? line, bool declared) =>
        IlSignatureTypes.Visit(
            shape,
            (named, asModifier) =>
            {
                if (named.Kind == HandleKind.TypeDefinition)
                {
                    if (declared)
                    {
                        node.Edges.Add(_types[(TypeDefinitionHandle)named].All);
                    }
                }
                else if (named.Kind == HandleKind.TypeReference)
                {
                    CheckTypeReference(node, (TypeReferenceHandle)named, line, asModifier, compilerNamed: declared || asModifier);
                }
            },
            what => node.Refuse(line, what, $"{what} not allowed here"));

    private void CheckTypeReference(Node node, TypeReferenceHandle handle, int? line, bool asModifier, bool compilerNamed = true)
    {
        var (ns, outermost) = OutermostOf(handle);
        if (!asModifier && ApiPolicy.AllowsType(ns, outermost)
            || ApiPolicy.IsCompilerEmitted(ns, outermost, null)
            || compilerNamed && ApiPolicy.IsCompilerNamed(ns, outermost))
        {
            return;
        }

        var api = Display(handle);
        node.Refuse(line, api, $"{api} is not allowed here");
    }

    private void CheckGenericParameters(GenericParameterHandleCollection parameters, Node node)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in _md.GetGenericParameter(parameter).GetConstraints())
            {
                CheckNamedType(node, _md.GetGenericParameterConstraint(constraint).Type, null, node);
            }
        }
    }

    /// <summary>Every custom attribute, on whatever it decorates: library attributes against the policy, the submission's own as edges to their code.</summary>
    private void CheckAttributes()
    {
        var parameterOwners = new Dictionary<ParameterHandle, Node>();
        var memberOwners = new Dictionary<EntityHandle, Node>();
        foreach (var type in _md.TypeDefinitions)
        {
            var definition = _md.GetTypeDefinition(type);
            foreach (var method in definition.GetMethods())
            {
                foreach (var parameter in _md.GetMethodDefinition(method).GetParameters())
                {
                    parameterOwners[parameter] = _methods[method];
                }
            }

            foreach (var property in definition.GetProperties())
            {
                memberOwners[property] = _types[type].Static;
            }

            foreach (var @event in definition.GetEvents())
            {
                memberOwners[@event] = _types[type].Static;
            }
        }

        foreach (var handle in _md.CustomAttributes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var attribute = _md.GetCustomAttribute(handle);
            var parent = attribute.Parent;
            var owner = parent.Kind switch
            {
                HandleKind.TypeDefinition => _types[(TypeDefinitionHandle)parent].Static,
                HandleKind.MethodDefinition => _methods[(MethodDefinitionHandle)parent],
                HandleKind.FieldDefinition => _fields[(FieldDefinitionHandle)parent],
                HandleKind.Parameter => parameterOwners.GetValueOrDefault((ParameterHandle)parent, Graph.Module),
                HandleKind.PropertyDefinition or HandleKind.EventDefinition => memberOwners.GetValueOrDefault(parent, Graph.Module),
                HandleKind.GenericParameter => GenericParameterOwner((GenericParameterHandle)parent),
                _ => Graph.Module,
            };

            if (attribute.Constructor.Kind == HandleKind.MethodDefinition)
            {
                // The submission's own attribute: whoever reads it runs its code.
                var constructor = (MethodDefinitionHandle)attribute.Constructor;
                owner.Edges.Add(_methods[constructor]);
                owner.Edges.Add(_types[_md.GetMethodDefinition(constructor).GetDeclaringType()].All);
                continue;
            }

            var reference = _md.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var attributeType = reference.Parent;
            if (attributeType.Kind == HandleKind.TypeSpecification)
            {
                // A generic attribute: its arguments are checked; the submission's own reaches its code.
                var shape = _md.GetTypeSpecification((TypeSpecificationHandle)attributeType).DecodeSignature(IlSignatureTypes.Instance, null);
                CheckShape(owner, shape, null, declared: true);
                attributeType = IlSignatureTypes.Primary(shape) ?? default;
            }

            if (attributeType.Kind == HandleKind.TypeDefinition)
            {
                owner.Edges.Add(_types[(TypeDefinitionHandle)attributeType].All);
                continue;
            }

            if (attributeType.Kind != HandleKind.TypeReference)
            {
                owner.Refuse(null, "attribute", "an attribute of this kind is not allowed here");
                continue;
            }

            var typeHandle = (TypeReferenceHandle)attributeType;

            var (ns, outermost) = OutermostOf(typeHandle);
            var allowed = ApiPolicy.IsCompilerEmitted(ns, outermost, ".ctor")
                || ApiPolicy.AllowsType(ns, outermost)
                || (ns, outermost) == ("System.Runtime.CompilerServices", "InlineArrayAttribute") && parent.Kind == HandleKind.TypeDefinition && IsCompilerType((TypeDefinitionHandle)parent);
            if (!allowed)
            {
                var api = Display(typeHandle);
                owner.Refuse(null, api, $"the attribute {api} is not allowed here");
            }
        }
    }

    private Node GenericParameterOwner(GenericParameterHandle handle)
    {
        var parent = _md.GetGenericParameter(handle).Parent;
        return parent.Kind == HandleKind.TypeDefinition ? _types[(TypeDefinitionHandle)parent].Static : _methods[(MethodDefinitionHandle)parent];
    }

    private Node MethodNode(TypeDefinitionHandle type, MethodDefinitionHandle handle)
    {
        var name = _md.GetString(_md.GetMethodDefinition(handle).Name);
        var typeName = SourceName(type);
        if (CompilerGeneratedOwner(name) is { } lambdaOwner)
        {
            return IlCallGraph.Add(lambdaOwner, lambdaOwner);
        }

        if (CompilerGeneratedOwner(_md.GetString(_md.GetTypeDefinition(type).Name)) is { } stateMachineOwner)
        {
            return IlCallGraph.Add(stateMachineOwner, stateMachineOwner);
        }

        var described = name switch
        {
            ".cctor" => $"the static initialization of {typeName}",
            ".ctor" => $"a constructor of {typeName}",
            "Finalize" => $"the finalizer of {typeName}",
            _ when type == MetadataTokens.TypeDefinitionHandle(1) => "the module initializer",
            _ when name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal) => $"the property {name[4..]}",
            _ => name,
        };
        return IlCallGraph.Add(described, name);
    }

    /// <summary>The source member a compiler-generated name belongs to: "&lt;Helper&gt;b__0_0" (a lambda), "&lt;Helper&gt;g__Local|0_0", "&lt;Helper&gt;d__3" (an iterator) are Helper's.</summary>
    private static string? CompilerGeneratedOwner(string name)
    {
        if (!name.StartsWith('<'))
        {
            return null;
        }

        // "<<Helper>g__Local|0_0>d": an iterator local function's state machine is still Helper's.
        var inner = name.TrimStart('<');
        var close = inner.IndexOf('>', StringComparison.Ordinal);
        return close > 0 ? inner[..close] : null;
    }

    private bool IsClosure(TypeDefinitionHandle handle) => _md.GetString(_md.GetTypeDefinition(handle).Name).StartsWith("<>c", StringComparison.Ordinal);

    /// <summary>Whether the compiler made the type (no C# source can declare a name with '&lt;'), or it is nested in one.</summary>
    private bool IsCompilerType(TypeDefinitionHandle handle)
    {
        for (var current = handle; !current.IsNil; current = _md.GetTypeDefinition(current).GetDeclaringType())
        {
            if (_md.GetString(_md.GetTypeDefinition(current).Name).StartsWith('<'))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPrivateImplementationDetails(TypeDefinitionHandle handle)
    {
        var type = _md.GetTypeDefinition(handle);
        return type.GetDeclaringType().IsNil && type.Namespace.IsNil && _md.StringComparer.Equals(type.Name, PrivateImplementationDetails);
    }

    private bool IsDelegate(TypeDefinitionHandle handle)
    {
        var baseType = _md.GetTypeDefinition(handle).BaseType;
        return baseType.Kind == HandleKind.TypeReference && OutermostOf((TypeReferenceHandle)baseType) == ("System", "MulticastDelegate");
    }

    /// <summary>The namespace and metadata name of a referenced type's outermost type.</summary>
    private (string Namespace, string Name) OutermostOf(TypeReferenceHandle handle)
    {
        var reference = _md.GetTypeReference(handle);
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            reference = _md.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        }

        return (_md.GetString(reference.Namespace), _md.GetString(reference.Name));
    }

    private (string Namespace, string Name) OutermostOf(TypeDefinitionHandle handle)
    {
        var type = _md.GetTypeDefinition(handle);
        while (!type.GetDeclaringType().IsNil)
        {
            type = _md.GetTypeDefinition(type.GetDeclaringType());
        }

        return (_md.GetString(type.Namespace), _md.GetString(type.Name));
    }

    /// <summary>"System.Collections.Generic.List.Enumerator": namespace and names without generic arity, as the docs name it.</summary>
    private string Display(TypeReferenceHandle handle)
    {
        var names = new List<string>();
        var reference = _md.GetTypeReference(handle);
        while (true)
        {
            names.Insert(0, MetadataNames.WithoutArity(_md.GetString(reference.Name)));
            if (reference.ResolutionScope.Kind != HandleKind.TypeReference)
            {
                break;
            }

            reference = _md.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        }

        var ns = _md.GetString(reference.Namespace);
        return ns.Length == 0 ? string.Join('.', names) : $"{ns}.{string.Join('.', names)}";
    }

    /// <summary>The runtime name: "Namespace.Outer+Inner".</summary>
    private string FullName(TypeDefinitionHandle handle)
    {
        var type = _md.GetTypeDefinition(handle);
        var name = _md.GetString(type.Name);
        if (!type.GetDeclaringType().IsNil)
        {
            return FullName(type.GetDeclaringType()) + "+" + name;
        }

        var ns = _md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private string SourceName(TypeDefinitionHandle handle) => MetadataNames.WithoutArity(_md.GetString(_md.GetTypeDefinition(handle).Name));

    private ImmutableArray<(int Offset, int Line)> SequencePoints(MethodDefinitionHandle handle)
    {
        if (_pdb is null)
        {
            return [];
        }

        return [.. _pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle()).GetSequencePoints()
            .Where(p => !p.IsHidden)
            .Select(p => (p.Offset, p.StartLine))
            .OrderBy(p => p.Offset)];
    }

    /// <summary>The line of the nearest visible sequence point at or before <paramref name="offset"/>, or null.</summary>
    private static int? LineAt(ImmutableArray<(int Offset, int Line)> points, int offset)
    {
        int? line = null;
        foreach (var (start, startLine) in points)
        {
            if (start > offset)
            {
                break;
            }

            line = startLine;
        }

        return line;
    }
}
