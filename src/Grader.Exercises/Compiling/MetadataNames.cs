using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace Grader.Exercises.Compiling;

/// <summary>Qualified names of what metadata handles refer to, and of everything a token involves.</summary>
internal sealed class MetadataNames(MetadataReader metadata)
{
    private readonly Dictionary<EntityHandle, IReadOnlyList<string>> involved = [];
    private readonly Dictionary<EntityHandle, string> typeNames = [];

    public string Of(TypeReferenceHandle handle)
    {
        if (typeNames.TryGetValue(handle, out var known))
        {
            return known;
        }

        var type = metadata.GetTypeReference(handle);
        var name = WithoutArity(metadata.GetString(type.Name));
        var ns = metadata.GetString(type.Namespace);
        var qualified = type.ResolutionScope.Kind == HandleKind.TypeReference ? $"{Of((TypeReferenceHandle)type.ResolutionScope)}.{name}"
            : ns.Length == 0 ? name
            : $"{ns}.{name}";
        return typeNames[handle] = qualified;
    }

    /// <summary>A member reference's name as Type.Member (accessors under their property's name); null for the snippet's own members.</summary>
    public string? Of(MemberReferenceHandle handle)
    {
        var member = metadata.GetMemberReference(handle);
        var owner = member.Parent.Kind switch
        {
            HandleKind.TypeReference => Of((TypeReferenceHandle)member.Parent),
            HandleKind.TypeSpecification => GenericDefinition((TypeSpecificationHandle)member.Parent),
            HandleKind.ModuleReference => "extern",
            _ => null,
        };
        if (owner is null)
        {
            return null;
        }

        var name = metadata.GetString(member.Name);
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            // TorchSharp's in-place methods add_ and set_ are not accessors of a property with no name.
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name[prefix.Length..];
                break;
            }
        }

        return $"{owner}.{name}";
    }

    /// <summary>The names of every external type and member a token refers to, its signature included.</summary>
    public IReadOnlyList<string> Involved(EntityHandle token)
    {
        if (token.IsNil)
        {
            return [];
        }

        if (involved.TryGetValue(token, out var known))
        {
            return known;
        }

        var found = new List<string>();
        var collector = new TypeCollector(this, found);
        switch (token.Kind)
        {
            case HandleKind.TypeReference:
                found.Add(Of((TypeReferenceHandle)token));
                break;
            case HandleKind.TypeSpecification:
                metadata.GetTypeSpecification((TypeSpecificationHandle)token).DecodeSignature(collector, null);
                break;
            case HandleKind.MemberReference:
                var member = metadata.GetMemberReference((MemberReferenceHandle)token);
                if (Of((MemberReferenceHandle)token) is { } name)
                {
                    found.Add(name);
                }

                found.AddRange(Involved(member.Parent));
                if (IsDelegateConstructor(member))
                {
                    // Every lambda becomes `ldftn; newobj Func(object, native int)`: that native int is the runtime's,
                    // never a value the snippet holds, so it is not counted as the snippet using IntPtr.
                }
                else if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(collector, null);
                }
                else
                {
                    member.DecodeFieldSignature(collector, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)token);
                found.AddRange(Involved(specification.Method));
                specification.DecodeSignature(collector, null);
                break;
            default:
                break;
        }

        return involved[token] = found;
    }

    /// <summary>A delegate's constructor: instance .ctor(object, native int) returning void.</summary>
    private bool IsDelegateConstructor(MemberReference member) =>
        metadata.StringComparer.Equals(member.Name, ".ctor")
        && metadata.GetBlobContent(member.Signature).AsSpan().SequenceEqual(DelegateConstructorSignature);

    private static ReadOnlySpan<byte> DelegateConstructorSignature =>
    [
        0x20, // HASTHIS, default calling convention
        0x02, // two parameters
        0x01, // returns void
        0x1C, // object
        0x18, // native int
    ];

    public string? GenericDefinition(TypeSpecificationHandle handle) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(new TypeCollector(this, []), null);

    private static string WithoutArity(string name) => name.IndexOf('`') is var tick and >= 0 ? name[..tick] : name;
}

/// <summary>Decodes signatures to the name of the outer type, noting every external type on the way.</summary>
internal sealed class TypeCollector(MetadataNames names, List<string> found) : ISignatureTypeProvider<string?, object?>
{
    public string? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var name = names.Of(handle);
        found.Add(name);
        return name;
    }

    public string? GetPrimitiveType(PrimitiveTypeCode typeCode)
    {
        // These have no type reference of their own (nint is ELEMENT_TYPE_I), so they are noted by name here.
        var name = typeCode switch
        {
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            _ => null,
        };
        if (name is not null)
        {
            found.Add(name);
        }

        return null;
    }

    public string? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => null;

    public string? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public string? GetGenericInstantiation(string? genericType, ImmutableArray<string?> typeArguments) => genericType;

    public string? GetSZArrayType(string? elementType) => null;

    public string? GetArrayType(string? elementType, ArrayShape shape) => null;

    public string? GetByReferenceType(string? elementType) => null;

    public string? GetPointerType(string? elementType)
    {
        found.Add("pointer");
        return null;
    }

    public string? GetFunctionPointerType(MethodSignature<string?> signature)
    {
        found.Add("pointer");
        return null;
    }

    public string? GetModifiedType(string? modifier, string? unmodifiedType, bool isRequired) => unmodifiedType;

    public string? GetPinnedType(string? elementType) => null;

    public string? GetGenericMethodParameter(object? genericContext, int index) => null;

    public string? GetGenericTypeParameter(object? genericContext, int index) => null;
}
