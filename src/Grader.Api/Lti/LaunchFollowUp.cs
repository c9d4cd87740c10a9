using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// What a launch does after it is recorded, each step best effort (a platform that does not answer is logged and the
/// launch goes on): create the link's line item through AGS when the platform allows it and the link has none; queue
/// the student's current score for it (they may have submitted before the link had a line item); and on an
/// instructor's launch, sync the course roster.
/// </summary>
internal sealed partial class LaunchFollowUp(Ags ags, Nrps nrps, ExerciseCatalog catalog, TimeProvider clock, ILogger<LaunchFollowUp> logger)
{
    public async Task AfterLaunchAsync(GraderDb db, LtiContext context, LtiResourceLink link, User user, CancellationToken cancellationToken)
    {
        try
        {
            if (link.LineItemUrl is null && context.LineItemsUrl is not null && (context.AgsScopes ?? "").Split(' ').Contains(LtiClaims.ScopeLineItem))
            {
                await CreateLineItemAsync(db, context, link, cancellationToken);
            }

            if (user.Role == Role.Student && link.LineItemUrl is not null)
            {
                await ScoreOutbox.EnqueueAsync(db, link, user.Id, null, clock.GetUtcNow().UtcDateTime, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (user.Role == Role.Instructor && context.MembershipsUrl is not null)
            {
                await nrps.SyncAsync(db, context.Id, cancellationToken);
            }
        }
        catch (LtiServiceException error)
        {
            LogFollowUpFailed(logger, link.ResourceLinkId, error.Message);
        }
    }

    /// <summary>How long a launch may take to create a line item before another may try in its place.</summary>
    private static readonly TimeSpan LineItemClaim = TimeSpan.FromMinutes(1);

    /// <summary>How long a launch waits for the line item another launch is creating.</summary>
    private static readonly TimeSpan LineItemWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Creates the link's line item, once however many launches of it arrive together at however many processes: the
    /// launch whose conditional update claims the link posts to AGS, the others wait for the line item it stores.
    /// </summary>
    private async Task CreateLineItemAsync(GraderDb db, LtiContext context, LtiResourceLink link, CancellationToken cancellationToken)
    {
        // To the millisecond, which both databases store exactly: the release below finds this claim by it.
        var ticks = clock.GetUtcNow().UtcTicks;
        var now = new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        var stale = now - LineItemClaim;
        var claimed = await db.LtiResourceLinks
            .Where(l => l.Id == link.Id && l.LineItemUrl == null && (l.LineItemClaimedAt == null || l.LineItemClaimedAt < stale))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.LineItemClaimedAt, now), cancellationToken);
        if (claimed == 0)
        {
            link.LineItemUrl = await WaitForLineItemAsync(db, link.Id, cancellationToken);
            return;
        }

        string url;
        try
        {
            url = await PostLineItemAsync(db, context, link, cancellationToken);
        }
        catch (LtiServiceException)
        {
            // The next launch tries again instead of waiting out the claim.
            await db.LtiResourceLinks.Where(l => l.Id == link.Id && l.LineItemClaimedAt == now)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.LineItemClaimedAt, (DateTime?)null), CancellationToken.None);
            throw;
        }

        // A claim taken over after a minute may still end in a second line item; the first stored is the one scores go to.
        await db.LtiResourceLinks.Where(l => l.Id == link.Id && l.LineItemUrl == null)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.LineItemUrl, url), cancellationToken);
        link.LineItemUrl = await db.LtiResourceLinks.Where(l => l.Id == link.Id).Select(l => l.LineItemUrl).FirstAsync(cancellationToken);
    }

    private async Task<string?> WaitForLineItemAsync(GraderDb db, int linkId, CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + LineItemWait;
        while (true)
        {
            var url = await db.LtiResourceLinks.Where(l => l.Id == linkId).Select(l => l.LineItemUrl).FirstAsync(cancellationToken);
            if (url is not null || clock.GetUtcNow() > until)
            {
                return url;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), clock, cancellationToken);
        }
    }

    private async Task<string> PostLineItemAsync(GraderDb db, LtiContext context, LtiResourceLink link, CancellationToken cancellationToken)
    {
        var platform = await db.LtiPlatforms.AsNoTracking().FirstAsync(p => p.Id == context.PlatformId, cancellationToken);
        var (label, points) = link.ExerciseId is { } exerciseId && catalog.Find(exerciseId) is { } exercise
            ? (exercise.Title.En, exercise.Points)
            : await db.Assignments.AsNoTracking().Where(a => a.Id == link.AssignmentId)
                .Select(a => ValueTuple.Create(a.TitleEn, a.Exercises.Sum(e => e.Points))).FirstAsync(cancellationToken);
        var resourceId = link.ExerciseId is not null ? $"exercise:{link.ExerciseId}" : $"assignment:{link.AssignmentId}";
        return await ags.CreateLineItemAsync(db, platform, context.LineItemsUrl!, new LineItemMessage(null, points, link.Title ?? label, resourceId, link.ResourceLinkId), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "After the launch of resource link {ResourceLink}: {Reason}")]
    private static partial void LogFollowUpFailed(ILogger logger, string resourceLink, string reason);
}
