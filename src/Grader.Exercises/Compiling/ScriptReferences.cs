using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Metadata references, read once per process: creating them is the most expensive part of a first compile, and
/// sharing them lets Roslyn reuse what it has already bound.
/// </summary>
public static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> ForSnippets = new(() => Load(SnippetLanguage.AssemblyNames));

    private static readonly Lazy<IReadOnlyList<MetadataReference>> ForCatalog = new(() =>
        [.. Load(SnippetLanguage.AssemblyNames), MetadataReference.CreateFromFile(typeof(ScriptReferences).Assembly.Location)]);

    /// <summary>What a student's snippet (and a reference or starter) compiles against.</summary>
    public static IReadOnlyList<MetadataReference> Snippet => ForSnippets.Value;

    /// <summary>What a catalog's trusted case generator compiles against: the snippet set plus this library.</summary>
    public static IReadOnlyList<MetadataReference> CaseGenerator => ForCatalog.Value;

    private static IReadOnlyList<MetadataReference> Load(IEnumerable<string> names)
    {
        var trusted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            trusted.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        var references = new List<MetadataReference>();
        foreach (var name in names)
        {
            var path = trusted.TryGetValue(name, out var found) ? found : Assembly.Load(name).Location;
            references.Add(MetadataReference.CreateFromFile(path));
        }

        return references;
    }
}
