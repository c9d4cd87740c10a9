using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Api.Data;
using Grader.Api.Users;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// What a valid launch records: the user (made on their first launch, their name and role following the LMS after),
/// the course, their membership of it, and for a resource link what it opens and its line item.
/// </summary>
internal static partial class LaunchProvisioning
{
    /// <summary>The launch's user; null when their account was deactivated here.</summary>
    public static async Task<User?> UserAsync(GraderDb db, ValidLaunch launch, DateTime now, CancellationToken cancellationToken)
    {
        var claims = launch.Claims;
        var account = await db.LtiAccounts.Include(a => a.User)
            .FirstOrDefaultAsync(a => a.PlatformId == launch.Platform.Id && a.Subject == claims.Subject, cancellationToken);
        var displayName = Truncate(claims.Name ?? claims.Subject, UserLimits.DisplayNameLength);
        if (account is null)
        {
            string?[] names = [claims.String("preferred_username"), claims.String("https://purl.imsglobal.org/spec/lti/claim/lis", "person_sourcedid")];
            var user = Accounts.AddUser(db, await UserNameAsync(db, launch.Platform.Id, claims.Subject, names, cancellationToken), displayName!, claims.Role, now);
            db.LtiAccounts.Add(new LtiAccount { PlatformId = launch.Platform.Id, Subject = claims.Subject, User = user });
            return user;
        }

        if (account.User.DeactivatedAt is not null)
        {
            return null;
        }

        account.User.DisplayName = displayName!;
        account.User.Role = claims.Role;
        return account.User;
    }

    public static async Task<LtiContext> ContextAsync(GraderDb db, ValidLaunch launch, CancellationToken cancellationToken)
    {
        var claims = launch.Claims;
        var contextId = claims.String(LtiClaims.Context, "id")!;
        var context = await db.LtiContexts.FirstOrDefaultAsync(c => c.PlatformId == launch.Platform.Id && c.ContextId == contextId, cancellationToken);
        if (context is null)
        {
            context = new LtiContext { PlatformId = launch.Platform.Id, ContextId = contextId };
            db.LtiContexts.Add(context);
        }

        context.Title = Truncate(claims.String(LtiClaims.Context, "title"), LtiPlatform.NameLength);
        context.DeploymentId = launch.DeploymentId;
        context.MembershipsUrl = claims.String(LtiClaims.NrpsService, "context_memberships_url") ?? context.MembershipsUrl;
        if (claims.Object(LtiClaims.AgsEndpoint) is not null)
        {
            context.LineItemsUrl = claims.String(LtiClaims.AgsEndpoint, "lineitems") ?? context.LineItemsUrl;
            context.AgsScopes = string.Join(' ', claims.Strings(LtiClaims.AgsEndpoint, "scope"));
        }

        return context;
    }

    public static async Task MemberAsync(GraderDb db, LtiContext context, User user, DateTime now, CancellationToken cancellationToken)
    {
        var membership = context.Id == 0 || user.Id == 0
            ? null
            : await db.LtiMemberships.FirstOrDefaultAsync(m => m.ContextId == context.Id && m.UserId == user.Id, cancellationToken);
        if (membership is null)
        {
            db.Add(new LtiMembership { ContextId = context.Id, UserId = user.Id, UpdatedAt = now });
            return;
        }

        membership.Active = true;
        membership.UpdatedAt = now;
    }

    /// <summary>What the link opens (its custom <c>exercise</c> or <c>assignment</c>), checked against the catalog and the assignments.</summary>
    public static async Task<(LinkTarget? Target, LaunchFailure? Failure)> TargetAsync(
        GraderDb db, ExerciseCatalog catalog, LaunchClaims claims, CancellationToken cancellationToken)
    {
        if (claims.String(LtiClaims.Custom, "exercise") is { Length: > 0 } exercise)
        {
            return catalog.Find(exercise) is null ? (null, LaunchFailure.UnknownTarget("exercise", exercise)) : (new LinkTarget(exercise, null), null);
        }

        if (claims.String(LtiClaims.Custom, "assignment") is { Length: > 0 } assignment)
        {
            return await db.Assignments.AnyAsync(a => a.Id == assignment, cancellationToken)
                ? (new LinkTarget(null, assignment), null)
                : (null, LaunchFailure.UnknownTarget("assignment", assignment));
        }

        return (null, LaunchFailure.NoTarget);
    }

    public static async Task<LtiResourceLink> ResourceLinkAsync(
        GraderDb db, LtiContext context, LaunchClaims claims, LinkTarget target, CancellationToken cancellationToken)
    {
        var linkId = claims.String(LtiClaims.ResourceLink, "id")!;
        var link = context.Id == 0
            ? null
            : await db.LtiResourceLinks.FirstOrDefaultAsync(l => l.ContextId == context.Id && l.ResourceLinkId == linkId, cancellationToken);
        if (link is null)
        {
            link = new LtiResourceLink { Context = context, ResourceLinkId = linkId };
            db.LtiResourceLinks.Add(link);
        }

        link.Title = Truncate(claims.String(LtiClaims.ResourceLink, "title"), LtiPlatform.NameLength);
        link.ExerciseId = target.ExerciseId;
        link.AssignmentId = target.AssignmentId;
        link.LineItemUrl = claims.String(LtiClaims.AgsEndpoint, "lineitem") ?? link.LineItemUrl;
        return link;
    }

    /// <summary>
    /// A readable user name when the platform gives one that is free (<c>preferred_username</c>, else the LIS
    /// person id); else one made from the platform and a hash of <c>sub</c>. Never an existing user's: a launch never
    /// takes over an account by name.
    /// </summary>
    public static async Task<string> UserNameAsync(GraderDb db, int platformId, string subject, IEnumerable<string?> candidates, CancellationToken cancellationToken)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is { Length: > 0 and <= UserLimits.UserNameLength } && UserNamePattern().IsMatch(candidate))
            {
                var normalized = UserNameNormalizer.Normalize(candidate);
                if (!await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
                {
                    return candidate;
                }
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..16];
        return $"lti{platformId}-{hash}";
    }

    private static string? Truncate(string? text, int length) => text is null ? null : text.Length <= length ? text : text[..length];

    [GeneratedRegex(UserNames.Pattern)]
    private static partial Regex UserNamePattern();
}

/// <summary>What a resource link opens: one exercise or one assignment.</summary>
internal sealed record LinkTarget(string? ExerciseId, string? AssignmentId)
{
    /// <summary>The page it lands on (the web pages' routes).</summary>
    public string PagePath => ExerciseId is not null ? $"/app/exercises/{Uri.EscapeDataString(ExerciseId)}" : $"/app/assignments/{Uri.EscapeDataString(AssignmentId!)}";
}
