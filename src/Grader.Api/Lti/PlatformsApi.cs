using Grader.Api.Auth;
using Grader.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>Instructors register the LMSs that may launch the tool (keyed by issuer and client id).</summary>
internal static class PlatformsApi
{
    public static void MapPlatforms(this RouteGroupBuilder lti)
    {
        var group = lti.MapGroup("/platforms").RequireAuthorization(Policies.Instructor);
        group.MapPost("/", Create).WithName("RegisterPlatform").WithSummary("Register an LMS (instructors).").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListPlatforms").WithSummary("The registered LMSs (instructors).");
        group.MapGet("/{platformId:int}", Get).WithName("GetPlatform").WithSummary("One registered LMS (instructors).");
        group.MapPut("/{platformId:int}", Update).WithName("UpdatePlatform").WithSummary("Replace a registration whole (instructors).").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{platformId:int}", Delete).WithName("DeletePlatform").WithSummary("Remove a registration: its launches are refused from then on (instructors).");
    }

    internal static async Task<Results<Created<PlatformResponse>, ProblemHttpResult>> Create(
        PlatformRequest request, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        var platform = new LtiPlatform { Name = "", Issuer = "", ClientId = "", AuthorizationEndpoint = "", TokenEndpoint = "", JwksUri = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        platform.Apply(request);
        if (await TakenAsync(db, platform, cancellationToken))
        {
            return Exists(platform);
        }

        db.LtiPlatforms.Add(platform);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            return Exists(platform);
        }

        return TypedResults.Created($"/lti/platforms/{platform.Id}", platform.AsResponse());
    }

    internal static async Task<Ok<List<PlatformResponse>>> List(GraderDb db, CancellationToken cancellationToken)
    {
        var platforms = await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(platforms.Select(p => p.AsResponse()).ToList());
    }

    internal static async Task<Results<Ok<PlatformResponse>, ProblemHttpResult>> Get(int platformId, GraderDb db, CancellationToken cancellationToken) =>
        await db.LtiPlatforms.AsNoTracking().Include(p => p.Deployments).FirstOrDefaultAsync(p => p.Id == platformId, cancellationToken) is { } platform
            ? TypedResults.Ok(platform.AsResponse())
            : Unknown(platformId);

    internal static async Task<Results<Ok<PlatformResponse>, ProblemHttpResult>> Update(
        int platformId, PlatformRequest request, GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Problem() is { } problem)
        {
            return problem;
        }

        // The deployments are replaced whole, together with the rest.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var platform = await db.LtiPlatforms.FirstOrDefaultAsync(p => p.Id == platformId, cancellationToken);
        if (platform is null)
        {
            return Unknown(platformId);
        }

        await db.LtiDeployments.Where(d => d.PlatformId == platformId).ExecuteDeleteAsync(cancellationToken);
        platform.Apply(request);
        platform.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (await TakenAsync(db, platform, cancellationToken))
        {
            return Exists(platform);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (TransientDatabaseErrors.Find(error) is null)
        {
            return Exists(platform);
        }

        return TypedResults.Ok(platform.AsResponse());
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Delete(int platformId, GraderDb db, CancellationToken cancellationToken) =>
        await db.LtiPlatforms.Where(p => p.Id == platformId).ExecuteDeleteAsync(cancellationToken) == 1 ? TypedResults.NoContent() : Unknown(platformId);

    private static Task<bool> TakenAsync(GraderDb db, LtiPlatform platform, CancellationToken cancellationToken) =>
        db.LtiPlatforms.AnyAsync(p => p.Issuer == platform.Issuer && p.ClientId == platform.ClientId && p.Id != platform.Id, cancellationToken);

    private static ProblemHttpResult Exists(LtiPlatform platform) =>
        LtiProblems.PlatformExists.With(platform.Issuer, platform.ClientId);

    internal static ProblemHttpResult Unknown(int platformId) =>
        LtiProblems.UnknownPlatform.With(platformId);
}
