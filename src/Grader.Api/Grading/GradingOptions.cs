using System.ComponentModel.DataAnnotations;
using Grader.Exercises.Catalog;

namespace Grader.Api.Grading;

public sealed class GradingOptions
{
    public const string Section = "Grading";

    /// <summary>What this process does: everything (the default), only HTTP, or only grading.</summary>
    public GradingRole Role { get; set; } = GradingRole.All;

    /// <summary>
    /// Reference results kept in memory (one per exercise and seed, a few KB each), least recently used forgotten
    /// first; the database keeps every one. A class of 500 students × 19 exercises fits with room for rejudges.
    /// </summary>
    [Range(16, 1_000_000)]
    public int ReferenceCacheEntries { get; set; } = 20_000;

    /// <summary>The exercise catalog's folder (default: the copy next to the program).</summary>
    public string CatalogDirectory { get; set; } = ExerciseCatalog.DefaultDirectory;

    /// <summary>How many submissions may wait at once; beyond that a submission gets 503 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>The longest <c>wait</c> a request may ask for, in seconds.</summary>
    [Range(0, 120)]
    public int MaxWaitSeconds { get; set; } = 10;

    /// <summary>
    /// How long a claimed submission belongs to the grader that claimed it. If that grader dies (crash, kill, lost
    /// machine), another takes the submission over after this. Its grader renews it every third of this while it grades.
    /// </summary>
    [Range(10, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Claims after which a submission that keeps failing the grader itself ends as InternalError.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// Submissions in progress at once per worker. Above 1, a worker gets its next submission while the database work of
    /// the previous one (claim, store the grade) is still going on.
    /// </summary>
    [Range(1, 8)]
    public int GradersPerWorker { get; set; } = 2;

    /// <summary>How often an idle grader looks for work queued by another replica, in milliseconds.</summary>
    [Range(50, 60_000)]
    public int PollMs { get; set; } = 1000;
}

/// <summary>The parts of the service a process runs (<c>Grading:Role</c>); any number of each share one PostgreSQL.</summary>
public enum GradingRole
{
    /// <summary>HTTP and grading in one process: what <c>dotnet run</c> starts, and the only role SQLite allows.</summary>
    All,

    /// <summary>HTTP only: accepts submissions and answers; no workers, never loads libtorch.</summary>
    Api,

    /// <summary>Claims and grades queued submissions; no public endpoints apart from health and metrics.</summary>
    Grader,
}
