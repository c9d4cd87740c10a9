using Grader.Exercises;

namespace Grader.Api.Similarity;

/// <summary>A similarity run's pairs at or above a threshold, highest score first.</summary>
/// <param name="Notice">What the report is and is not, in the request's language.</param>
public sealed record SimilarityReport(
    long RunId,
    string ExerciseId,
    string? AssignmentId,
    DateTime CreatedAt,
    int Submissions,
    double ElapsedMs,
    double Threshold,
    string Notice,
    IReadOnlyList<SimilarPairResponse> Pairs);

/// <summary>Two submissions sharing code beyond the starter and the reference.</summary>
/// <param name="Score">Shared fingerprints over the smaller submission's own, 0–1.</param>
/// <param name="Id">The pair's id (the review page /app/review/similarity/{exerciseId}/pairs/{id} shows it side by side).</param>
public sealed record SimilarPairResponse(long Id, double Score, int SharedFingerprints, PairSide First, PairSide Second, IReadOnlyList<MatchRegion> Regions);

public sealed record PairSide(long SubmissionId, int UserId, string UserName, string DisplayName, int Attempt);

internal static class SimilarityTexts
{
    public static readonly LocalizedText Notice = new(
        "Similarity is evidence for a person to weigh, never a verdict or an automatic penalty: students solving the same small exercise write similar code. Read both submissions side by side before deciding anything.",
        "相似度只是供人判斷的線索，絕不是判決，也不會自動扣分：同一道小題，學生寫出相似的程式碼很常見。請先並排閱讀兩份繳交內容，再做任何決定。");
}
