using System.Text.RegularExpressions;
using Grader.Exercises.Catalog;

namespace Grader.Sandbox.Worker;

/// <summary>
/// The catalog as a worker needs it: each exercise compiled on its first request, so a worker is ready in the time
/// it takes to load libtorch and warm Roslyn once. The server has validated the catalog already.
/// </summary>
internal sealed partial class ExerciseCache(string directory)
{
    private readonly Dictionary<string, Exercise> loaded = [];

    public Exercise? Find(string id)
    {
        if (loaded.TryGetValue(id, out var exercise))
        {
            return exercise;
        }

        var folder = Path.Combine(directory, id);
        if (!Id().IsMatch(id) || !Directory.Exists(folder))
        {
            return null;
        }

        return loaded[id] = ExerciseCatalog.LoadExercise(folder);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Id();
}
