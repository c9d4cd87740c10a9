namespace Grader.Api.Data;

/// <summary>
/// A submission's winnowed fingerprints for the similarity report, computed once (when it is graded, or on the first
/// report that needs it) from its code's token stream. Another <see cref="Scheme"/> means they are computed again.
/// </summary>
public sealed class SubmissionFingerprint
{
    public long SubmissionId { get; set; }

    public int Scheme { get; set; }

    /// <summary>The fingerprints, 20 bytes each (Similarity/FingerprintBlob.cs).</summary>
    public required byte[] Data { get; set; }
}
