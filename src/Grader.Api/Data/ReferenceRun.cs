namespace Grader.Api.Data;

/// <summary>
/// The reference solution's results on one seed's cases, stored so that a restart or another grader does not run it
/// again (a rejudge, the visible examples). Keyed by exercise, catalog version and seed; written once, never changed.
/// </summary>
public sealed class ReferenceRun
{
    public required string ExerciseId { get; set; }

    public required string CatalogVersion { get; set; }

    public int Seed { get; set; }

    /// <summary>The case runs as JSON (values, output), as the judge reads them.</summary>
    public required string Runs { get; set; }

    public DateTime CreatedAt { get; set; }
}
