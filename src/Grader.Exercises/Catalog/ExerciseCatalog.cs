namespace Grader.Exercises.Catalog;

/// <summary>Every exercise of the chapter, loaded and validated from a folder with one sub-folder per exercise.</summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, Exercise> byId;

    internal ExerciseCatalog(string directory, IReadOnlyList<Exercise> exercises)
    {
        Directory = directory;
        Exercises = [.. exercises.OrderBy(e => e.Order).ThenBy(e => e.Id, StringComparer.Ordinal)];
        byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The catalog shipped next to the application (the repository's catalog/ folder, copied on build).</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "catalog");

    /// <summary>The folder the catalog was loaded from.</summary>
    public string Directory { get; }

    public IReadOnlyList<Exercise> Exercises { get; }

    public Exercise? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Loads and validates every exercise; throws <see cref="CatalogException"/> listing every problem found.</summary>
    /// <param name="directory">The catalog folder.</param>
    /// <param name="runReferences">
    /// Whether to prove each reference on its cases. A sandbox worker, which loads a catalog the server has already
    /// validated, skips it to be ready sooner.
    /// </param>
    public static ExerciseCatalog Load(string directory, bool runReferences = true) => CatalogLoader.Load(directory, runReferences);

    /// <summary>Loads one exercise folder without running its reference: for a sandbox worker, on first use.</summary>
    public static Exercise LoadExercise(string folder)
    {
        var errors = new List<CatalogError>();
        var exercise = CatalogLoader.LoadExercise(folder, runReferences: false, errors);
        return exercise is not null && errors.Count == 0 ? exercise : throw new CatalogException(errors);
    }
}
