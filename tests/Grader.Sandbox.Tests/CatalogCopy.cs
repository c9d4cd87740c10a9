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

    /// <summary>
    /// Adds a copy of cumsum named <paramref name="id"/> with one more hidden case, last, whose (trusted) generator runs
    /// <paramref name="statement"/> inside the worker's run: a way to leave a worker dirty that no student snippet can
    /// reach past the policy, to test that the worker's own hygiene finds and repairs it.
    /// </summary>
    public CatalogCopy WithDirtyCumsum(string id, string statement)
    {
        var target = Path.Combine(Directory, id);
        System.IO.Directory.CreateDirectory(target);
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Directory, "cumsum")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var metadata = Path.Combine(target, "exercise.json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("\"id\": \"cumsum\"", $"\"id\": \"{id}\"", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(target, "cases.cs"), $$"""

            Hidden(Text("dirty", "dirty"), r =>
            {
                {{statement}}
                return [RandomInts(r, [2, 2], 0, 9)];
            }, Text("-", "-"));

            """);
        return this;
    }

    public ExerciseCatalog Load() => ExerciseCatalog.Load(Directory);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
