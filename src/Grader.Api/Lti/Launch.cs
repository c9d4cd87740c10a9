using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// POST /lti/launch: the platform's id_token, posted by the browser. A valid resource-link launch records the user,
/// course and link, then starts the page session and lands on the exercise or assignment the link names; an
/// instructor's deep-linking launch opens the picker. Every refusal is an error page saying what was wrong.
/// </summary>
internal static partial class Launch
{
    internal static async Task<IResult> Receive(
        HttpContext context, GraderDb db, LaunchValidation validation, ExerciseCatalog catalog, LaunchFollowUp followUp, TimeProvider clock,
        ILogger<LaunchValidation> logger, CancellationToken cancellationToken)
    {
        var form = await LtiForms.ReadAsync(context, cancellationToken);
        var (launch, failure) = await validation.ValidateAsync(context, db, First(form, "id_token"), First(form, "state"), cancellationToken);
        if (launch is null)
        {
            LogRefused(logger, failure!.Code, failure.En);
            return LaunchPages.Error(context, failure);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        LinkTarget? target = null;
        if (launch.Claims.MessageType == LtiClaims.ResourceLinkRequest)
        {
            if (launch.Claims.String(LtiClaims.ResourceLink, "id") is null)
            {
                return LaunchPages.Error(context, LaunchFailure.MissingClaim(LtiClaims.ResourceLink));
            }

            (target, failure) = await LaunchProvisioning.TargetAsync(db, catalog, launch.Claims, cancellationToken);
            if (failure is not null)
            {
                return LaunchPages.Error(context, failure);
            }
        }
        else if (launch.Claims.Role != Role.Instructor)
        {
            return LaunchPages.Error(context, LaunchFailure.DeepLinkingForStaffOnly);
        }

        var (user, course, link) = await RecordAsync(db, launch, target, now, cancellationToken);
        if (user is null)
        {
            return LaunchPages.Error(context, LaunchFailure.Deactivated);
        }

        if (target is null)
        {
            return await DeepLinking.OpenPickerAsync(context, db, catalog, launch, user, now, cancellationToken);
        }

        // Best effort after the launch is recorded: a platform that does not answer here delays nothing the student needs.
        await followUp.AfterLaunchAsync(db, course!, link!, user, cancellationToken);
        return await LaunchLanding.SignInAndRedirectAsync(context, user, target.PagePath);
    }

    /// <summary>
    /// Records the user, course, membership and link in one transaction. Two first launches of the same course, link or
    /// user at once (on any processes) both find none and both insert: the second's unique index refuses it, and it
    /// records again, now finding what the first stored.
    /// </summary>
    private static async Task<(User? User, LtiContext? Course, LtiResourceLink? Link)> RecordAsync(
        GraderDb db, ValidLaunch launch, LinkTarget? target, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var user = await LaunchProvisioning.UserAsync(db, launch, now, cancellationToken);
                if (user is null)
                {
                    return (null, null, null);
                }

                var course = await LaunchProvisioning.ContextAsync(db, launch, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await LaunchProvisioning.MemberAsync(db, course, user, now, cancellationToken);
                var link = target is null ? null : await LaunchProvisioning.ResourceLinkAsync(db, course, launch.Claims, target, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (user, course, link);
            }
            catch (DbUpdateException error) when (attempt < 3 && TransientDatabaseErrors.Find(error) is null)
            {
                // Rolled back: forget what this attempt added, and read what the other launch stored.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string? First(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "LTI launch refused ({Code}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string code, string reason);
}
