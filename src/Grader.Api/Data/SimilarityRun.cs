namespace Grader.Api.Data;

/// <summary>One similarity report over the latest submission per student of an exercise (optionally of one assignment).</summary>
public sealed class SimilarityRun
{
    public long Id { get; set; }

    public required string ExerciseId { get; set; }

    public string? AssignmentId { get; set; }

    public int CreatedById { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>How many submissions (one per student) were compared.</summary>
    public int Submissions { get; set; }

    /// <summary>How long the comparison took, fingerprints computed on the way included.</summary>
    public double ElapsedMs { get; set; }

    public int Scheme { get; set; }

    public List<SimilarityPair> Pairs { get; set; } = [];
}

/// <summary>Two submissions of a run that share code beyond the exercise's starter and reference, with where.</summary>
public sealed class SimilarityPair
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public long FirstSubmissionId { get; set; }

    public long SecondSubmissionId { get; set; }

    /// <summary>Shared fingerprints over the smaller submission's own (0–1).</summary>
    public double Score { get; set; }

    public int Shared { get; set; }

    /// <summary>The matching regions in both submissions, as JSON (Similarity/MatchRegion.cs).</summary>
    public required string Regions { get; set; }
}
