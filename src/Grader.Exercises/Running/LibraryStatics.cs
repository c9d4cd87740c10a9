using System.Reflection;
using TorchSharp;

namespace Grader.Exercises.Running;

/// <summary>
/// TorchSharp's public static fields that are not read-only (<c>torch.float32</c>, <c>TensorIndex.Colon</c>, ...), as
/// they were when the process first looked. The policy refuses assigning a library field; the canary checks these
/// anyway, because a changed one would change how every later run in the process computes.
/// </summary>
internal static class LibraryStatics
{
    private static readonly (FieldInfo Field, object? Value)[] Snapshot = Take();

    /// <summary>The first field whose value is no longer the one it had, or null when none changed.</summary>
    public static string? Changed()
    {
        foreach (var (field, value) in Snapshot)
        {
            if (!Equals(field.GetValue(null), value))
            {
                return $"{field.DeclaringType!.FullName}.{field.Name}";
            }
        }

        return null;
    }

    private static (FieldInfo, object?)[] Take() =>
    [
        .. typeof(torch).Assembly.GetTypes()
            .Where(type => !type.ContainsGenericParameters && (type.IsPublic || type.IsNestedPublic))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Select(field => (field, field.GetValue(null))),
    ];
}
