using Grader.Api.Analytics;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Similarity;

/// <summary>
/// The similarity report: an instructor starts a run over the latest submission per student of an exercise; TAs and
/// instructors read its pairs above a threshold, with the matching regions of both submissions.
/// </summary>
internal static class SimilarityApi
{
    public const double DefaultThreshold = 0.5;

    public static IServiceCollection AddSimilarity(this IServiceCollection services) => services.AddSingleton<SharedCode>();

    public static RouteGroupBuilder MapSimilarity(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exercises/{exerciseId}/similarity").WithTags("Similarity");

        group.MapPost("/", Run)
            .RequireAuthorization(Policies.Instructor)
            .WithName("RunSimilarity")
            .WithSummary("Compare the latest submission per student (optionally of one assignment) and store the result (instructors).");

        group.MapGet("/", Get)
            .RequireAuthorization(Policies.Staff)
            .WithName("GetSimilarity")
            .WithSummary("The latest similarity run's pairs at or above a threshold, highest first, with matching regions (TAs, instructors).");

        return group;
    }

    /// <param name="assignmentId">Only submissions made in this assignment's window.</param>
    internal static async Task<Results<Created<SimilarityReport>, ProblemHttpResult>> Run(
        string exerciseId, HttpContext context, GraderDb db, ExerciseCatalog catalog, SharedCode sharedCode, TimeProvider clock,
        CancellationToken cancellationToken, string? assignmentId = null)
    {
        var language = Language.Negotiate(context);
        var (scope, problem) = await SubmissionScope.ResolveAsync(db, catalog, exerciseId, assignmentId, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        var run = await SimilarityRunner.RunAsync(db, sharedCode, scope, context.User.UserId(), clock, cancellationToken);
        var report = await ReportAsync(db, run, DefaultThreshold, language, cancellationToken);
        return TypedResults.Created($"/exercises/{exerciseId}/similarity?runId={run.Id}", report);
    }

    /// <param name="assignmentId">The latest run over this assignment's window (without it: the latest over all submissions).</param>
    /// <param name="threshold">Lowest score shown, from 0.25 to 1 (default 0.5).</param>
    /// <param name="runId">A given run instead of the latest.</param>
    internal static async Task<Results<Ok<SimilarityReport>, ProblemHttpResult>> Get(
        string exerciseId, HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken,
        string? assignmentId = null, double? threshold = null, long? runId = null)
    {
        var language = Language.Negotiate(context);
        if (threshold is { } t && (double.IsNaN(t) || t < SimilarityIndex.Floor || t > 1))
        {
            return SimilarityProblems.ThresholdOutOfRange.With(SimilarityIndex.Floor, t);
        }

        if (catalog.Find(exerciseId) is null)
        {
            return Exercises.ExerciseProblems.Unknown(exerciseId);
        }

        var runs = db.SimilarityRuns.AsNoTracking().Where(r => r.ExerciseId == exerciseId);
        runs = runId is { } id ? runs.Where(r => r.Id == id) : runs.Where(r => r.AssignmentId == assignmentId);
        if (await runs.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken) is not { } run)
        {
            return runId is not null ? SimilarityProblems.UnknownRun.With(runId, exerciseId)
                : assignmentId is null ? SimilarityProblems.NoRunYet.With(exerciseId)
                : SimilarityProblems.NoRunForAssignmentYet.With(exerciseId, assignmentId);
        }

        return TypedResults.Ok(await ReportAsync(db, run, threshold ?? DefaultThreshold, language, cancellationToken));
    }

    internal static async Task<SimilarityReport> ReportAsync(GraderDb db, SimilarityRun run, double threshold, string language, CancellationToken cancellationToken)
    {
        var pairs = await db.SimilarityPairs.AsNoTracking()
            .Where(p => p.RunId == run.Id && p.Score >= threshold)
            .OrderByDescending(p => p.Score).ThenByDescending(p => p.Shared).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var ids = pairs.SelectMany(p => new[] { p.FirstSubmissionId, p.SecondSubmissionId }).Distinct().ToList();
        var sides = new Dictionary<long, PairSide>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.Submissions.AsNoTracking().Where(s => chunk.Contains(s.Id))
                .Select(s => new PairSide(s.Id, s.UserId, s.User.UserName, s.User.DisplayName, s.AttemptNumber))
                .ToListAsync(cancellationToken);
            foreach (var side in rows)
            {
                sides[side.SubmissionId] = side;
            }
        }

        return new SimilarityReport(
            run.Id, run.ExerciseId, run.AssignmentId, run.CreatedAt, run.Submissions, run.ElapsedMs, threshold,
            SimilarityTexts.Notice.In(language),
            [.. pairs.Select(p => new SimilarPairResponse(p.Id, p.Score, p.Shared, sides[p.FirstSubmissionId], sides[p.SecondSubmissionId], MatchRegion.Read(p.Regions)))]);
    }
}
