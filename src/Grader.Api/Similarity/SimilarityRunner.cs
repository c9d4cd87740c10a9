using Grader.Api.Analytics;
using Grader.Api.Data;
using Microsoft.CodeAnalysis.Text;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Similarity;

/// <summary>
/// One similarity run: the latest graded submission per student in scope, their stored fingerprints (older ones
/// fingerprinted now), the index's pairs with their regions, stored as one run.
/// </summary>
internal static class SimilarityRunner
{
    public static async Task<SimilarityRun> RunAsync(
        GraderDb db, SharedCode sharedCode, SubmissionScope scope, int createdById, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();

        // Ids grow with time, so a student's highest id is their latest submission.
        var latest = await scope.Of(db).GroupBy(s => s.UserId).Select(g => g.Max(s => s.Id)).OrderBy(id => id).ToListAsync(cancellationToken);
        var submissions = await FingerprintStore.LoadAsync(db, latest, cancellationToken);
        var matches = SimilarityIndex.Compare(submissions, sharedCode.Of(scope.Exercise));

        var involved = matches.SelectMany(m => new[] { submissions[m.First].SubmissionId, submissions[m.Second].SubmissionId }).Distinct().ToList();
        var texts = new Dictionary<long, SourceText>();
        foreach (var chunk in involved.Chunk(500))
        {
            foreach (var row in await db.Submissions.AsNoTracking().Where(s => chunk.Contains(s.Id)).Select(s => new { s.Id, s.Code }).ToListAsync(cancellationToken))
            {
                texts[row.Id] = SourceText.From(row.Code);
            }
        }

        var run = new SimilarityRun
        {
            ExerciseId = scope.Exercise.Id,
            AssignmentId = scope.AssignmentId,
            CreatedById = createdById,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Submissions = submissions.Count,
            Scheme = Winnowing.Scheme,
        };
        foreach (var match in matches)
        {
            var first = submissions[match.First].SubmissionId;
            var second = submissions[match.Second].SubmissionId;
            var regions = SimilarityIndex.Regions(match.Matches)
                .Select(r => new MatchRegion(CodeSpan.In(texts[first], r.First.Start, r.First.End), CodeSpan.In(texts[second], r.Second.Start, r.Second.End)))
                .ToList();
            run.Pairs.Add(new SimilarityPair
            {
                FirstSubmissionId = first,
                SecondSubmissionId = second,
                Score = match.Score,
                Shared = match.Shared,
                Regions = MatchRegion.Write(regions),
            });
        }

        db.SimilarityRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        // The time includes storing the pairs, so it is said once they are stored.
        run.ElapsedMs = Math.Round(clock.GetElapsedTime(started).TotalMilliseconds, 1);
        await db.SimilarityRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.ElapsedMs, run.ElapsedMs), cancellationToken);
        return run;
    }
}
