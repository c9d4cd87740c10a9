using Grader.Exercises.Catalog;

namespace Grader.Sandbox.Confinement;

/// <summary>
/// The catalog as workers see it: every exercise's files except the reference solution, whose place the starter
/// takes (it has the same entry point, which is all a worker needs), and cases.cs without its misconceptions (the
/// host's judge names them; a worker only generates cases). Student code cannot read what is not there.
/// </summary>
internal static class WorkerCatalog
{
    private static readonly string[] Shared =
        ["exercise.json", "starter.cs", "starter.zh-TW.cs", "description.en.md", "description.zh-TW.md"];

    public static string Prepare(ExerciseCatalog catalog, string runtimeDirectory)
    {
        var root = Path.Combine(runtimeDirectory, "catalog");
        Directory.CreateDirectory(root);
        foreach (var exercise in catalog.Exercises)
        {
            var source = Path.Combine(catalog.Directory, exercise.Id);
            var target = Path.Combine(root, exercise.Id);
            Directory.CreateDirectory(target);
            foreach (var file in Shared)
            {
                File.Copy(Path.Combine(source, file), Path.Combine(target, file), overwrite: true);
            }

            File.Copy(Path.Combine(source, "starter.cs"), Path.Combine(target, "reference.cs"), overwrite: true);
            File.WriteAllText(Path.Combine(target, "cases.cs"), CaseScript.WithoutMisconceptions(File.ReadAllText(Path.Combine(source, "cases.cs"))));
        }

        return root;
    }
}
