using System.Collections.Concurrent;
using Grader.Exercises.Catalog;

namespace Grader.Api.Similarity;

/// <summary>
/// Every k-gram hash of an exercise's starter and reference: code every student is given or is led to, which says
/// nothing about copying. Read from the catalog's files (trusted), once per exercise version.
/// </summary>
public sealed class SharedCode(ExerciseCatalog catalog)
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<ulong>> byVersion = new();

    public IReadOnlySet<ulong> Of(Exercise exercise) => byVersion.GetOrAdd(exercise.Version, _ =>
    {
        var hashes = new HashSet<ulong>(Winnowing.Hashes(CodeTokens.Of(exercise.Starter.En)));
        hashes.UnionWith(Winnowing.Hashes(CodeTokens.Of(exercise.Starter.ZhTw)));
        var reference = Path.Combine(catalog.Directory, exercise.Id, "reference.cs");
        if (File.Exists(reference))
        {
            hashes.UnionWith(Winnowing.Hashes(CodeTokens.Of(File.ReadAllText(reference))));
        }

        return hashes;
    });
}
