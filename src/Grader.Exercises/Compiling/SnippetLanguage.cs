namespace Grader.Exercises.Compiling;

/// <summary>What is in scope for every snippet, reference and starter: the course's C# dialect.</summary>
public static class SnippetLanguage
{
    /// <summary>Imported for every snippet. "static TorchSharp.torch" lets students write arange(6) as in the notes.</summary>
    public static readonly IReadOnlyList<string> Usings =
    [
        "System",
        "System.Collections.Generic",
        "System.Linq",
        "System.Text",
        "TorchSharp",
        "TorchSharp.torch",
    ];

    /// <summary>
    /// The assemblies a snippet may reference. Deliberately without Microsoft.CSharp (dynamic) and
    /// System.Linq.Expressions (expression trees): see shared/notes/roslyn.md.
    /// </summary>
    public static readonly IReadOnlyList<string> AssemblyNames =
    [
        "System.Private.CoreLib",
        "System.Runtime",
        "System.Console",
        "System.Linq",
        "System.Collections",
        "System.Runtime.Extensions",
        "System.Text.RegularExpressions",
        "System.Memory",
        "System.Runtime.Numerics",
        "netstandard",
        "TorchSharp",
    ];
}
