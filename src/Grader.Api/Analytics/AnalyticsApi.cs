using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Analytics;

/// <summary>
/// What the class did with each exercise, for TAs and instructors: JSON, CSV of the raw numbers, charts as SVG, and a
/// chapter overview ranking the exercises by difficulty.
/// </summary>
internal static class AnalyticsApi
{
    public const string SvgContentType = "image/svg+xml; charset=utf-8";

    public static RouteGroupBuilder MapAnalytics(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Analytics").RequireAuthorization(Policies.Staff);

        group.MapGet("/exercises/{exerciseId}/analytics", Get)
            .WithName("GetExerciseAnalytics")
            .WithSummary("Per-exercise analytics (TAs, instructors): attempts, scores, verdicts by hour, misconceptions, compiler errors, hidden cases failed; JSON or CSV.");

        group.MapGet("/exercises/{exerciseId}/analytics/students", Students)
            .WithName("GetExerciseAnalyticsStudents")
            .WithSummary("Each student's numbers for an exercise (submissions, attempts until accepted, best score); JSON or CSV.");

        group.MapGet("/exercises/{exerciseId}/analytics/charts/{chart}.svg", ChartSvg)
            .WithName("GetExerciseAnalyticsChart")
            .WithSummary("One analytics chart as SVG: attempts, scores, verdicts-by-hour, misconceptions, compile-errors or hidden-cases.");

        group.MapGet("/analytics/exercises", Overview)
            .WithName("GetChapterOverview")
            .WithSummary("The chapter's exercises (or an assignment's) ranked by difficulty, hardest first.");

        return group;
    }

    /// <param name="assignmentId">Only submissions made in this assignment's window.</param>
    /// <param name="format">csv for CSV (or send Accept: text/csv); JSON otherwise.</param>
    internal static async Task<Results<Ok<ExerciseAnalytics>, ContentHttpResult, ProblemHttpResult>> Get(
        string exerciseId, HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken,
        string? assignmentId = null, string? format = null)
    {
        var csv = CsvText.Wanted(context, format, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        var language = Language.Negotiate(context);
        var (scope, scopeProblem) = await SubmissionScope.ResolveAsync(db, catalog, exerciseId, assignmentId, cancellationToken);
        if (scope is null)
        {
            return scopeProblem!;
        }

        var analytics = await ExerciseStatistics.ComputeAsync(db, scope, language, cancellationToken);
        return csv ? CsvText.Download(context, AnalyticsCsv.Write(analytics), $"{exerciseId}-analytics.csv") : TypedResults.Ok(analytics);
    }

    /// <param name="assignmentId">Only submissions made in this assignment's window.</param>
    /// <param name="format">csv for CSV (or send Accept: text/csv); JSON otherwise.</param>
    internal static async Task<Results<Ok<IReadOnlyList<StudentAnalytics>>, ContentHttpResult, ProblemHttpResult>> Students(
        string exerciseId, HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken,
        string? assignmentId = null, string? format = null)
    {
        var csv = CsvText.Wanted(context, format, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        var (scope, scopeProblem) = await SubmissionScope.ResolveAsync(db, catalog, exerciseId, assignmentId, cancellationToken);
        if (scope is null)
        {
            return scopeProblem!;
        }

        var attempts = await StudentAttempts.OfAsync(db, scope, cancellationToken);
        var ids = attempts.Select(a => a.UserId).ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        IReadOnlyList<StudentAnalytics> students =
        [
            .. attempts.Select(a => new StudentAnalytics(a.UserId, users[a.UserId].UserName, users[a.UserId].DisplayName, a.Submissions, a.UntilAccepted, a.BestScore, a.MaxScore))
                .OrderBy(s => s.UserName, StringComparer.Ordinal),
        ];
        return csv ? CsvText.Download(context, AnalyticsCsv.Write(students), $"{exerciseId}-students.csv") : TypedResults.Ok(students);
    }

    /// <param name="chart">attempts, scores, verdicts-by-hour, misconceptions, compile-errors or hidden-cases.</param>
    /// <param name="assignmentId">Only submissions made in this assignment's window.</param>
    /// <param name="lang">en or zh-TW (default: from Accept-Language).</param>
    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ChartSvg(
        string exerciseId, string chart, HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken,
        string? assignmentId = null, string? lang = null)
    {
        string language;
        if (lang is null)
        {
            language = Language.Negotiate(context);
        }
        else if (string.Equals(lang, Language.English, StringComparison.OrdinalIgnoreCase) || string.Equals(lang, Language.TraditionalChinese, StringComparison.OrdinalIgnoreCase))
        {
            language = lang.Length == 2 ? Language.English : Language.TraditionalChinese;
            context.Response.Headers.ContentLanguage = language;
        }
        else
        {
            return AnalyticsProblems.UnknownLanguage.With(lang);
        }

        if (!AnalyticsCharts.Names.Contains(chart))
        {
            return AnalyticsProblems.UnknownChart.With(chart, string.Join(", ", AnalyticsCharts.Names));
        }

        var (scope, problem) = await SubmissionScope.ResolveAsync(db, catalog, exerciseId, assignmentId, cancellationToken);
        if (scope is null)
        {
            return problem!;
        }

        var analytics = await ExerciseStatistics.ComputeAsync(db, scope, language, cancellationToken);
        var svg = SvgChart.Render(AnalyticsCharts.Build(chart, analytics, language)!);

        // Opened on its own, the document may run nothing and load nothing (it has neither; this says so to the browser).
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Text(svg, SvgContentType);
    }

    /// <param name="assignmentId">Only this assignment's exercises, and submissions made in its window.</param>
    internal static async Task<Results<Ok<ChapterOverview>, ProblemHttpResult>> Overview(
        HttpContext context, GraderDb db, ExerciseCatalog catalog, CancellationToken cancellationToken, string? assignmentId = null)
    {
        var language = Language.Negotiate(context);
        var exerciseIds = catalog.Exercises.Select(e => e.Id).ToList();
        if (assignmentId is not null)
        {
            if (await Assignments.AssignmentsApi.FindAsync(db, assignmentId, cancellationToken) is not { } assignment)
            {
                return Assignments.AssignmentsApi.Unknown(assignmentId);
            }

            exerciseIds = [.. assignment.Exercises.OrderBy(e => e.Position).Select(e => e.ExerciseId).Where(id => catalog.Find(id) is not null)];
        }

        var scopes = new List<SubmissionScope>();
        foreach (var id in exerciseIds)
        {
            var (scope, problem) = await SubmissionScope.ResolveAsync(db, catalog, id, assignmentId, cancellationToken);
            if (scope is null)
            {
                return problem!;
            }

            scopes.Add(scope);
        }

        return TypedResults.Ok(await ChapterRanking.ComputeAsync(db, scopes, assignmentId, language, cancellationToken));
    }
}
