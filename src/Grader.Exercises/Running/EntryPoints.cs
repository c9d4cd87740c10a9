using System.Reflection;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

/// <summary>Finds the method a snippet must define, with the parameters the reference solution has.</summary>
public static class EntryPoints
{
    public static MethodInfo? Find(CompiledSnippet snippet, string name, IReadOnlyList<Type> parameters) =>
        snippet.Methods.FirstOrDefault(m => m.Name == name
            && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));

    /// <summary>Why a snippet has no usable entry point, in words a student can act on.</summary>
    public static LocalizedText Problem(CompiledSnippet snippet, string name, string signature)
    {
        var sameName = snippet.Methods.Where(m => m.Name == name).ToList();
        return sameName.Count == 0
            ? new LocalizedText(
                $"No method named {name} was found. Define it with exactly this signature: {signature}",
                $"找不到名為 {name} 的方法。請用這個簽章定義它：{signature}")
            : new LocalizedText(
                $"{name} has the parameters ({Parameters(sameName[0])}); the exercise needs {signature}",
                $"{name} 的參數是 ({Parameters(sameName[0])})；本題需要 {signature}");
    }

    private static string Parameters(MethodInfo method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{TypeName(p.ParameterType)} {p.Name}"));

    private static string TypeName(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
            : type.Name;
}
