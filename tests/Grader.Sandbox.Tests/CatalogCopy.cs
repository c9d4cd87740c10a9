using Grader.Exercises.Catalog;

namespace Grader.Sandbox.Tests;

/// <summary>A temporary catalog with only the cumsum exercise, under limits of the test's choosing.</summary>
public sealed class CatalogCopy : IDisposable
{
    private CatalogCopy(string directory) => Directory = directory;

    public string Directory { get; }

    /// <param name="limits">The exercise's "limits" object as JSON, e.g. <c>{ "timeMs": 10000, "memoryMb": 64 }</c>.</param>
    public static CatalogCopy OfCumsum(string limits)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("grader-small-catalog-").FullName;
        var source = Path.Combine(ExerciseCatalog.DefaultDirectory, "cumsum");
        var target = Path.Combine(directory, "cumsum");
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var metadata = File.ReadAllText(Path.Combine(target, "exercise.json"));
        File.WriteAllText(Path.Combine(target, "exercise.json"), metadata.Replace(
            "\"signature\"", $"\"limits\": {limits},\n  \"signature\"", StringComparison.Ordinal));
        return new CatalogCopy(directory);
    }

    public ExerciseCatalog Load() => ExerciseCatalog.Load(Directory);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
