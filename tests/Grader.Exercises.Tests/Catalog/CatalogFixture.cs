using Grader.Exercises.Catalog;

namespace Grader.Exercises.Tests;

/// <summary>The shipped catalog, loaded (and so validated) once for every test that grades.</summary>
public sealed class CatalogFixture
{
    public ExerciseCatalog Catalog { get; } = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory);

    public Exercise this[string id] => Catalog.Find(id) ?? throw new ArgumentException($"No exercise {id}.", nameof(id));

    public static TheoryData<string> ExerciseIds() =>
        [.. Directory.GetDirectories(ExerciseCatalog.DefaultDirectory).Select(path => Path.GetFileName(path)).Order()];
}

[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<CatalogFixture>
{
    public const string Name = "catalog";
}
