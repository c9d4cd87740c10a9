using System.Diagnostics;
using Grader.Api.Assignments;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Api.Http;
using Grader.Api.Observability;
using Grader.Api.OpenApi;
using Grader.Api.Review;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Sandbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Submissions;

internal static partial class SubmissionsApi
{
    /// <summary>Far beyond any real list; keeps the offset (page × size) a small number.</summary>
    private const int MaxPage = 1_000_000;

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/exercises/{exerciseId}/submissions", Submit)
            .WithTags("Submissions")
            .WithName("Submit")
            .WithSummary("Submit code for grading (text/plain, JSON or a .cs file). 202 while grading; 201 when already final within 'wait'.")
            .WithMetadata(new SubmissionBodyMetadata(), new RequestSizeLimitAttribute(SubmittedCode.MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.Submissions);

        var group = routes.MapGroup("/submissions").WithTags("Submissions");
        group.MapGet("/{submissionId:long}", Get)
            .WithName("GetSubmission")
            .WithSummary("A submission with its verdict, score, per-case results, compiler messages and output; 'wait' waits for the final grade.");
        group.MapGet("/", List)
            .WithName("ListSubmissions")
            .WithSummary("Submissions, newest first: a student's own; every student's for TAs and instructors.");
        return routes;
    }

    /// <param name="exerciseId">e.g. cumsum</param>
    /// <param name="wait">Seconds to wait for the final grade before answering (0 to answer at once).</param>
    internal static async Task<Results<Created<SubmissionResponse>, Accepted<SubmissionResponse>, ProblemHttpResult>> Submit(
        string exerciseId,
        HttpContext context,
        GraderDb db,
        ExerciseCatalog catalog,
        SubmissionSignals signals,
        SubmissionClaims claims,
        SeedKeyStore seedKeys,
        GradingMetrics metrics,
        IOptions<GradingOptions> grading,
        IOptions<SandboxOptions> sandbox,
        TimeProvider clock,
        CancellationToken cancellationToken,
        int wait = 0)
    {
        if (catalog.Find(exerciseId) is not { } exercise)
        {
            return ExerciseProblems.Unknown(exerciseId);
        }

        if (BadWait(wait, grading.Value) is { } badWait)
        {
            return badWait;
        }

        var (code, problem) = await SubmittedCode.ReadAsync(context.Request, sandbox.Value.MaxCodeBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var user = context.User;
        var submission = new Submission
        {
            ExerciseId = exercise.Id,
            CatalogVersion = exercise.Version,
            UserId = user.UserId(),
            Code = code!,
            Status = SubmissionStatus.Queued,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            TraceParent = GraderTracing.TraceParent(Activity.Current),
        };
        var seedKey = await seedKeys.KeyAsync(db, cancellationToken);

        // A grader of this process that waits for work takes the submission straight from the insert, already claimed.
        using var idleGrader = signals.Idle.TryReserve();
        if (idleGrader is not null)
        {
            claims.ClaimOnInsert(submission);
        }

        if (await SubmissionQueue.TryEnqueueAsync(db, submission, seedKey, grading.Value.QueueCapacity, cancellationToken) is { } waiting)
        {
            metrics.Refused(StatusCodes.Status503ServiceUnavailable);
            var seconds = RetryAfterSeconds(waiting, sandbox.Value.Workers);
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return SubmissionProblems.QueueFull.With(waiting, seconds);
        }

        if (idleGrader is not null)
        {
            idleGrader.HandOver(new Claim(submission, submission.Attempts));
        }
        else
        {
            signals.WorkQueued();
        }

        Activity.Current?.SetTag(GraderTracing.SubmissionIdTag, submission.Id);

        // What the answer shows beside the grade (the comments and regrade requests of a submission made a moment ago,
        // its deadlines) does not depend on the grade: read while the grader works, not after it.
        var around = await ReadAroundAsync(db, submission, context, cancellationToken);
        await WaitForFinalAsync(db, signals, clock, submission.Id, wait, cancellationToken);
        var response = await LoadAsync(db, submission.Id, context, around, cancellationToken);
        var location = $"/submissions/{submission.Id}";
        return response.Status == SubmissionStatus.Completed ? TypedResults.Created(location, response) : TypedResults.Accepted(location, response);
    }

    /// <param name="submissionId">The id from the submit response (its Location).</param>
    /// <param name="wait">Seconds to wait for the final grade if the submission is still queued or running.</param>
    internal static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> Get(
        long submissionId,
        HttpContext context,
        GraderDb db,
        SubmissionSignals signals,
        IOptions<GradingOptions> grading,
        TimeProvider clock,
        CancellationToken cancellationToken,
        int wait = 0)
    {
        if (BadWait(wait, grading.Value) is { } badWait)
        {
            return badWait;
        }

        var visible = await Visible(db.Submissions, context).AnyAsync(s => s.Id == submissionId, cancellationToken);
        if (!visible)
        {
            // The same answer whether it does not exist or belongs to someone else: ids reveal nothing.
            return SubmissionProblems.UnknownSubmission.With(submissionId);
        }

        await WaitForFinalAsync(db, signals, clock, submissionId, wait, cancellationToken);
        var response = await LoadAsync(db, submissionId, context, around: null, cancellationToken);
        if (context.User.IsStaff())
        {
            // The grade's ETag, for a TA who changes the grade from what this showed them (PUT .../grade with If-Match).
            context.Response.Headers.ETag = ETags.For(response.Grade);
        }

        return TypedResults.Ok(response);
    }

    /// <param name="exerciseId">Only this exercise's submissions.</param>
    /// <param name="student">Only this student's (user name; TAs and instructors).</param>
    /// <param name="status">queued, running or completed.</param>
    /// <param name="verdict">accepted, wrong_answer, compilation_error, ... (as the grade writes it; any case).</param>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1 to 100.</param>
    /// <param name="assignmentId">Only submissions of this assignment's exercises.</param>
    internal static async Task<Results<Ok<SubmissionPage>, ProblemHttpResult>> List(
        HttpContext context,
        GraderDb db,
        CancellationToken cancellationToken,
        string? exerciseId = null,
        string? student = null,
        string? status = null,
        string? verdict = null,
        int page = 1,
        int pageSize = 20,
        string? assignmentId = null)
    {
        if (page < 1 || page > MaxPage || pageSize is < 1 or > 100)
        {
            return SubmissionProblems.BadPaging.With(MaxPage, page, pageSize);
        }

        if (exerciseId is not null && !ExerciseIds().IsMatch(exerciseId) || student is not null && !UserNameFilter().IsMatch(student))
        {
            return SubmissionProblems.BadFilter.With();
        }

        var query = Visible(db.Submissions.AsNoTracking(), context);
        if (exerciseId is not null)
        {
            query = query.Where(s => s.ExerciseId == exerciseId);
        }

        if (assignmentId is not null)
        {
            var exercises = Slugs.IsValid(assignmentId)
                ? await db.Set<AssignmentExercise>().Where(e => e.AssignmentId == assignmentId).Select(e => e.ExerciseId).ToListAsync(cancellationToken)
                : [];
            if (exercises.Count == 0)
            {
                return SubmissionProblems.UnknownAssignmentFilter.With(assignmentId);
            }

            query = query.Where(s => exercises.Contains(s.ExerciseId));
        }

        if (student is not null)
        {
            var normalized = UserNameNormalizer.Normalize(student);
            query = query.Where(s => s.User.NormalizedUserName == normalized);
        }

        if (status is not null)
        {
            if (!QueryEnum.TryParse<SubmissionStatus>(status, out var wanted))
            {
                return SubmissionProblems.UnknownStatus.With(QueryEnum.Spellings<SubmissionStatus>(), status);
            }

            query = query.Where(s => s.Status == wanted);
        }

        if (verdict is not null)
        {
            if (!QueryEnum.TryParse<Verdict>(verdict, out var wanted))
            {
                return SubmissionProblems.UnknownVerdict.With(QueryEnum.Spellings<Verdict>(), verdict);
            }

            Verdict? wantedVerdict = wanted;
            query = query.Where(s => s.Verdict == wantedVerdict);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).Select(SubmissionMapping.Summary).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SubmissionPage(items, page, pageSize, total));
    }

    /// <summary>The submissions the caller may see: all for staff, their own for a student.</summary>
    internal static IQueryable<Submission> Visible(IQueryable<Submission> submissions, HttpContext context)
    {
        var user = context.User;
        if (user.IsStaff())
        {
            return submissions;
        }

        var userId = user.UserId();
        return submissions.Where(s => s.UserId == userId);
    }

    /// <summary>A submission as its reader sees it; <paramref name="around"/> when already read, else read now.</summary>
    private static async Task<SubmissionResponse> LoadAsync(
        GraderDb db, long id, HttpContext context, SubmissionSurroundings? around, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.User).FirstAsync(s => s.Id == id, cancellationToken);
        around ??= await ReadAroundAsync(db, submission, context, cancellationToken);
        return submission.AsResponse(Language.Negotiate(context), context.User.IsStaff(), around.Comments, around.Assignments, around.Regrades);
    }

    /// <summary>The comments, deadlines and regrade requests shown with a submission.</summary>
    private static async Task<SubmissionSurroundings> ReadAroundAsync(
        GraderDb db, Submission submission, HttpContext context, CancellationToken cancellationToken)
    {
        var language = Language.Negotiate(context);
        var comments = await CommentsApi.ListAsync(db, submission.Id, context.User.IsStaff(), cancellationToken);
        var assignments = await SubmissionDeadlines.ForAsync(db, submission, language, cancellationToken);
        var regrades = await Grader.Api.RegradeRequests.RegradeRequestsApi.ForSubmissionAsync(db, submission.Id, language, cancellationToken);
        return new SubmissionSurroundings(comments, assignments, regrades);
    }

    private sealed record SubmissionSurroundings(
        IReadOnlyList<CommentResponse> Comments, IReadOnlyList<SubmissionLateness> Assignments, IReadOnlyList<RegradeRequests.RegradeRequestResponse> Regrades);

    /// <summary>Waits up to <paramref name="seconds"/> for the submission to be final (the caller reads it afterwards).</summary>
    private static async Task WaitForFinalAsync(
        GraderDb db, SubmissionSignals signals, TimeProvider clock, long id, int seconds, CancellationToken cancellationToken)
    {
        if (seconds == 0)
        {
            return;
        }

        var deadline = clock.GetUtcNow().AddSeconds(seconds);
        var completed = signals.WhenCompleted(id);
        try
        {
            while (true)
            {
                var status = await db.Submissions.Where(s => s.Id == id).Select(s => s.Status).FirstAsync(cancellationToken);
                var left = deadline - clock.GetUtcNow();
                if (status == SubmissionStatus.Completed || left <= TimeSpan.Zero)
                {
                    return;
                }

                // Woken by the completion (in this process, or notified by another on PostgreSQL); looking again now and
                // then only covers a notification lost while a listener reconnected.
                var pause = left < RecheckEvery ? left : RecheckEvery;
                await Task.WhenAny(completed, Task.Delay(pause, clock, cancellationToken));
                cancellationToken.ThrowIfCancellationRequested();
                if (completed.IsCompleted)
                {
                    // A grader of this process stored the grade just now: no need to ask the database whether it did.
                    return;
                }
            }
        }
        finally
        {
            signals.Forget(id);
        }
    }

    private static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(2);

    private static ProblemHttpResult? BadWait(int wait, GradingOptions options) =>
        wait < 0 || wait > options.MaxWaitSeconds
            ? SubmissionProblems.BadWait.With(options.MaxWaitSeconds, wait)
            : null;

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex ExerciseIds();

    [System.Text.RegularExpressions.GeneratedRegex(Users.UserNames.Pattern)]
    private static partial System.Text.RegularExpressions.Regex UserNameFilter();

    /// <summary>About how long the queue ahead takes to drain (tens of submissions per second per worker).</summary>
    private static int RetryAfterSeconds(int waiting, int workers) => Math.Clamp(waiting / (20 * workers), 1, 60);
}
