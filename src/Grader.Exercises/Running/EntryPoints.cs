using System.Reflection;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

/// <summary>Finds the method a snippet must define, with the parameters and return type the reference solution has.</summary>
public static class EntryPoints
{
    public static MethodInfo? Find(CompiledSnippet snippet, string name, IReadOnlyList<Type> parameters, Type returnType) =>
        snippet.Methods.FirstOrDefault(m => m.Name == name
            && m.ReturnType == returnType
            && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));
}
