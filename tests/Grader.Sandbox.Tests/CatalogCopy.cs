using Grader.Exercises.Catalog;

namespace Grader.Sandbox.Tests;

/// <summary>A temporary catalog with the cumsum exercise, under limits of the test's choosing, and any others as they are.</summary>
public sealed class CatalogCopy : IDisposable
{
    private CatalogCopy(string directory) => Directory = directory;

    public string Directory { get; }

    /// <param name="limits">The exercise's "limits" object as JSON, e.g. <c>{ "timeMs": 10000, "memoryMb": 64 }</c>.</param>
    /// <param name="others">Further exercises to copy unchanged.</param>
    public static CatalogCopy OfCumsum(string limits, params string[] others)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("grader-small-catalog-").FullName;
        foreach (var id in others.Prepend("cumsum"))
        {
            var source = Path.Combine(ExerciseCatalog.DefaultDirectory, id);
            System.IO.Directory.CreateDirectory(Path.Combine(directory, id));
            foreach (var file in System.IO.Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(directory, id, Path.GetFileName(file)));
            }
        }

        var target = Path.Combine(directory, "cumsum");
        var metadata = File.ReadAllText(Path.Combine(target, "exercise.json"));
        File.WriteAllText(Path.Combine(target, "exercise.json"), metadata.Replace(
            "\"signature\"", $"\"limits\": {limits},\n  \"signature\"", StringComparison.Ordinal));
        return new CatalogCopy(directory);
    }

    public ExerciseCatalog Load() => ExerciseCatalog.Load(Directory);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
