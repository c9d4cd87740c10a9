using Grader.Api.Data;
using Grader.Api.Similarity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Review;

/// <summary>One similar pair side by side, the matching regions marked in both codes (the same colour for the same region).</summary>
public sealed class SimilarityPairModel(GraderDb db) : GraderPageModel
{
    public string ExerciseId { get; private set; } = "";

    public SimilarityPair Pair { get; private set; } = null!;

    public Side First { get; private set; } = null!;

    public Side Second { get; private set; } = null!;

    public int RegionCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string exerciseId, long pairId, CancellationToken cancellationToken)
    {
        var pair = await db.SimilarityPairs.AsNoTracking()
            .Where(p => p.Id == pairId && db.SimilarityRuns.Any(r => r.Id == p.RunId && r.ExerciseId == exerciseId))
            .FirstOrDefaultAsync(cancellationToken);
        if (pair is null)
        {
            return NotFound();
        }

        var ids = new[] { pair.FirstSubmissionId, pair.SecondSubmissionId };
        var submissions = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.AttemptNumber, s.User.UserName, s.User.DisplayName })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var regions = MatchRegion.Read(pair.Regions);
        Side Make(long id, IEnumerable<CodeSpan> spans)
        {
            var s = submissions[id];
            return new Side(id, s.UserName, s.DisplayName, s.AttemptNumber, HighlightedCode.Lines(s.Code, [.. spans.Select(r => (r.Start, r.End))]));
        }

        ExerciseId = exerciseId;
        Pair = pair;
        RegionCount = regions.Count;
        First = Make(pair.FirstSubmissionId, regions.Select(r => r.First));
        Second = Make(pair.SecondSubmissionId, regions.Select(r => r.Second));
        return Page();
    }

    public sealed record Side(long SubmissionId, string UserName, string DisplayName, int Attempt, IReadOnlyList<IReadOnlyList<CodePiece>> Lines);
}
