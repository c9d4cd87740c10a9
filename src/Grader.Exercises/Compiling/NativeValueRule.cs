using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Refuses every expression whose type holds a native address or handle (IntPtr, nint, UIntPtr, pointers, function
/// pointers, SafeHandle), however the value was obtained: a method's result, var, a cast, a generic argument, a tuple
/// item. A name check alone misses `var p = t.Handle;`, and one such value is enough to hand libtorch an address of the
/// student's choosing (Tensor.UnsafeCreateTensor((IntPtr)1) ends the worker with a segmentation fault).
/// </summary>
internal static class NativeValueRule
{
    public static readonly LocalizedText Reason = new(
        "Native addresses and handles (IntPtr, nint, pointers, SafeHandle, Handle properties) are not available to snippets: one wrong address crashes the grader.",
        "程式片段不能使用原生位址與控制代碼（IntPtr、nint、指標、SafeHandle、Handle 屬性）：一個錯誤的位址就會讓評分程式當掉。");

    public static ForbiddenUse? Check(SemanticModel model, ExpressionSyntax expression, Dictionary<ITypeSymbol, string?> seen)
    {
        var info = model.GetTypeInfo(expression);
        var name = Find(info.Type, seen) ?? Find(info.ConvertedType, seen);
        return name is null ? null : new ForbiddenUse(name, SourceSpan.From(expression.GetLocation()), Reason);
    }

    /// <summary>The native type a type is or contains (in type arguments, array elements, tuple items); null if none.</summary>
    private static string? Find(ITypeSymbol? type, Dictionary<ITypeSymbol, string?> seen)
    {
        if (type is null)
        {
            return null;
        }

        if (seen.TryGetValue(type, out var known))
        {
            return known;
        }

        // Guards against a type that contains itself (class Node : IComparable<Node>) while it is being looked at.
        seen[type] = null;
        var found = type switch
        {
            IPointerTypeSymbol => "pointer",
            IFunctionPointerTypeSymbol => "function pointer",
            IArrayTypeSymbol array => Find(array.ElementType, seen),
            { SpecialType: SpecialType.System_IntPtr } => "System.IntPtr",
            { SpecialType: SpecialType.System_UIntPtr } => "System.UIntPtr",
            INamedTypeSymbol named => SafeHandle(named) ?? Contained(named, seen),
            _ => null,
        };
        seen[type] = found;
        return found;
    }

    private static string? SafeHandle(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "SafeHandle", ContainingNamespace: { Name: "InteropServices", ContainingNamespace.Name: "Runtime" } })
            {
                return "System.Runtime.InteropServices.SafeHandle";
            }
        }

        return null;
    }

    private static string? Contained(INamedTypeSymbol type, Dictionary<ITypeSymbol, string?> seen)
    {
        foreach (var argument in type.TypeArguments)
        {
            if (Find(argument, seen) is { } found)
            {
                return found;
            }
        }

        return type.ContainingType is { } outer ? Find(outer, seen) : null;
    }
}
