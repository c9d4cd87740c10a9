using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Compiling;

/// <summary>
/// A snippet's own classes, records and structs may derive only from <see cref="SnippetPolicy.AllowedBaseTypes"/> (or
/// from each other) and may override only object's ToString, Equals and GetHashCode among library members. A library
/// type with a finalizer (torch.nn.Module's calls Dispose(bool)) would otherwise run the student's override on the
/// finalizer thread after the submission ended, with no finalizer syntax in the snippet. Checked on the syntax's
/// symbols and again on the emitted metadata (base types, overriding virtual methods, MethodImpls).
/// </summary>
internal static class InheritanceRule
{
    public static readonly LocalizedText Reason = new(
        "Your own classes, records and structs may derive only from object, a struct or enum, an exception type or each other, and may override only ToString, Equals and GetHashCode: deriving from a library type or overriding its members could run your code after the grading ended.",
        "你自己的類別、record 與結構只能繼承 object、struct、enum、例外類型或彼此，且只能覆寫 ToString、Equals 與 GetHashCode：繼承函式庫的類型或覆寫它的成員，可能讓你的程式在評分結束後仍繼續執行。");

    private static readonly HashSet<(string Name, int Parameters)> ObjectOverrides = [("ToString", 0), ("Equals", 1), ("GetHashCode", 0)];

    /// <summary>The semantic check: each type the snippet declares, its base type and its overriding members.</summary>
    public static IEnumerable<ForbiddenUse> Scan(SemanticModel model, BaseTypeDeclarationSyntax declaration)
    {
        if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
        {
            yield break;
        }

        var own = model.Compilation.Assembly;
        if (type.BaseType is { } baseType && !IsOwn(baseType, own)
            && SymbolNames.Qualified(baseType) is { } baseName && !SnippetPolicy.AllowedBaseTypes.Contains(baseName, StringComparer.Ordinal))
        {
            var where = declaration.BaseList?.Types.FirstOrDefault()?.GetLocation() ?? declaration.Identifier.GetLocation();
            yield return new ForbiddenUse(baseName, SourceSpan.From(where), Reason);
        }

        foreach (var member in type.GetMembers())
        {
            if (ExternalRoot(member, own) is { } root && !IsObjectOverride(root))
            {
                var where = member.Locations.FirstOrDefault(l => l.IsInSource) ?? declaration.Identifier.GetLocation();
                yield return new ForbiddenUse(SymbolNames.Qualified(root) ?? root.Name, SourceSpan.From(where), Reason);
            }
        }
    }

    /// <summary>The library member an override finally overrides, past the snippet's own types; null when not an override of one.</summary>
    private static ISymbol? ExternalRoot(ISymbol member, IAssemblySymbol own)
    {
        var overridden = Overridden(member);
        while (overridden is not null && IsOwn(overridden.ContainingType, own))
        {
            overridden = Overridden(overridden);
        }

        // Past the snippet's types: follow the library's chain to the member that introduced the slot (object's
        // ToString for Exception.ToString).
        for (var next = overridden; next is not null; next = Overridden(next))
        {
            overridden = next;
        }

        return overridden;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol { IsOverride: true } method => method.OverriddenMethod,
        IPropertySymbol { IsOverride: true } property => property.OverriddenProperty,
        IEventSymbol { IsOverride: true } @event => @event.OverriddenEvent,
        _ => null,
    };

    private static bool IsObjectOverride(ISymbol root) =>
        root is IMethodSymbol method && method.ContainingType.SpecialType == SpecialType.System_Object
        && ObjectOverrides.Contains((method.Name, method.Parameters.Length));

    private static bool IsOwn(INamedTypeSymbol type, IAssemblySymbol own) =>
        SymbolEqualityComparer.Default.Equals(type.OriginalDefinition.ContainingAssembly, own);

    /// <summary>The metadata check: the same rule on what was emitted, compiler-written types included.</summary>
    public static List<(string Api, MethodDefinitionHandle Method)> Check(MetadataReader metadata, MetadataNames names)
    {
        var found = new List<(string, MethodDefinitionHandle)>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if (type.BaseType.IsNil || EmittedApiScanner.InCompilerHelpers(metadata, handle))
            {
                // Interfaces and <Module> have no base type; the compiler's own helpers are trusted.
                continue;
            }

            var place = type.GetMethods().FirstOrDefault();
            var external = ExternalBase(metadata, names, type);
            if (external is not null && !SnippetPolicy.AllowedBaseTypes.Contains(external, StringComparer.Ordinal))
            {
                found.Add((external, place));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                var isOverride = (method.Attributes & MethodAttributes.Virtual) != 0 && (method.Attributes & MethodAttributes.NewSlot) == 0;
                var name = metadata.GetString(method.Name);
                if (isOverride && !ObjectOverrides.Contains((name, ParameterCount(metadata, method))) && !OwnChainDeclares(metadata, type, method))
                {
                    found.Add(($"{external ?? "System.Object"}.{MemberName(name)}", methodHandle));
                }
            }

            var interfaces = type.GetInterfaceImplementations()
                .Select(i => TypeName(metadata, names, metadata.GetInterfaceImplementation(i).Interface))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var implHandle in type.GetMethodImplementations())
            {
                var impl = metadata.GetMethodImplementation(implHandle);
                if (impl.MethodDeclaration.Kind == HandleKind.MemberReference)
                {
                    // An explicit implementation of an interface the type lists is fine; anything else overrides a library member.
                    var parent = metadata.GetMemberReference((MemberReferenceHandle)impl.MethodDeclaration).Parent;
                    var ownGeneric = parent.Kind == HandleKind.TypeSpecification && OwnGeneric(metadata, (TypeSpecificationHandle)parent) is not null;
                    if (!ownGeneric && (TypeName(metadata, names, parent) is not { } owner || !interfaces.Contains(owner)))
                    {
                        found.Add((names.Of((MemberReferenceHandle)impl.MethodDeclaration) ?? "override", (MethodDefinitionHandle)impl.MethodBody));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>The first library type among a type's bases (null when the chain ends in the snippet's own types).</summary>
    private static string? ExternalBase(MetadataReader metadata, MetadataNames names, TypeDefinition type)
    {
        for (var depth = 0; depth < 64; depth++)
        {
            switch (type.BaseType.Kind)
            {
                case HandleKind.TypeDefinition:
                    type = metadata.GetTypeDefinition((TypeDefinitionHandle)type.BaseType);
                    continue;
                case HandleKind.TypeSpecification when OwnGeneric(metadata, (TypeSpecificationHandle)type.BaseType) is { } definition:
                    type = metadata.GetTypeDefinition(definition);
                    continue;
                default:
                    return type.BaseType.IsNil ? null : TypeName(metadata, names, type.BaseType) ?? "generic base";
            }
        }

        return null;
    }

    /// <summary>Whether one of the snippet's own base types declares the virtual method an override overrides.</summary>
    private static bool OwnChainDeclares(MetadataReader metadata, TypeDefinition type, MethodDefinition method)
    {
        var parameters = ParameterCount(metadata, method);
        for (var depth = 0; depth < 64; depth++)
        {
            var exact = type.BaseType.Kind == HandleKind.TypeDefinition;
            TypeDefinitionHandle? next = type.BaseType.Kind switch
            {
                HandleKind.TypeDefinition => (TypeDefinitionHandle)type.BaseType,
                HandleKind.TypeSpecification => OwnGeneric(metadata, (TypeSpecificationHandle)type.BaseType),
                _ => null,
            };
            if (next is not { } baseHandle)
            {
                return false;
            }

            type = metadata.GetTypeDefinition(baseHandle);
            foreach (var candidateHandle in type.GetMethods())
            {
                var candidate = metadata.GetMethodDefinition(candidateHandle);
                // A generic base's signature is written with its type parameters, so there only the arity is compared.
                if ((candidate.Attributes & MethodAttributes.Virtual) != 0
                    && metadata.StringComparer.Equals(candidate.Name, metadata.GetString(method.Name))
                    && (exact ? metadata.GetBlobContent(candidate.Signature).SequenceEqual(metadata.GetBlobContent(method.Signature))
                              : ParameterCount(metadata, candidate) == parameters))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The snippet's own generic type a base such as Shape&lt;int&gt; instantiates; null for a library type.</summary>
    private static TypeDefinitionHandle? OwnGeneric(MetadataReader metadata, TypeSpecificationHandle handle)
    {
        var reader = metadata.GetBlobReader(metadata.GetTypeSpecification(handle).Signature);
        if (reader.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        reader.ReadSignatureTypeCode();
        var generic = reader.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)generic : null;
    }

    private static string? TypeName(MetadataReader metadata, MetadataNames names, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeReference => names.Of((TypeReferenceHandle)handle),
        HandleKind.TypeSpecification => names.GenericDefinition((TypeSpecificationHandle)handle),
        HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
        _ => null,
    };

    /// <summary>A property's or event's accessor under the name the student wrote (get_Message as Message).</summary>
    private static string MemberName(string method)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["get_", "set_", "add_", "remove_"])
        {
            if (method.StartsWith(prefix, StringComparison.Ordinal))
            {
                return method[prefix.Length..];
            }
        }

        return method;
    }

    private static int ParameterCount(MetadataReader metadata, MethodDefinition method)
    {
        var reader = metadata.GetBlobReader(method.Signature);
        var header = reader.ReadSignatureHeader();
        if (header.IsGeneric)
        {
            reader.ReadCompressedInteger();
        }

        return reader.ReadCompressedInteger();
    }
}
