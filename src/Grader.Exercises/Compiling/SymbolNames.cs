using Microsoft.CodeAnalysis;

namespace Grader.Exercises.Compiling;

/// <summary>Qualified names of symbols as <see cref="ApiRule"/> writes them: Namespace.Type.Nested.Member.</summary>
internal static class SymbolNames
{
    public static string? Qualified(ISymbol symbol)
    {
        symbol = symbol switch
        {
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            IMethodSymbol method => method.OriginalDefinition,
            _ => symbol.OriginalDefinition,
        };

        return symbol switch
        {
            INamespaceSymbol ns => ns.IsGlobalNamespace ? null : ns.ToDisplayString(),
            INamedTypeSymbol type => TypeName(type),
            IArrayTypeSymbol or IPointerTypeSymbol or ITypeParameterSymbol or ILocalSymbol or IParameterSymbol
                or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol => null,
            { ContainingType: { } owner } => $"{TypeName(owner)}.{MemberName(symbol)}",
            _ => null,
        };
    }

    private static string TypeName(INamedTypeSymbol type)
    {
        var prefix = type.ContainingType is { } outer ? TypeName(outer)
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString()
            : null;
        return prefix is null ? type.Name : $"{prefix}.{type.Name}";
    }

    private static string MemberName(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet } accessor
            when accessor.AssociatedSymbol is { } property => property.Name,
        _ => member.Name,
    };
}
