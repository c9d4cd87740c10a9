using System.Net.Http.Headers;
using System.Text.Json;
using Grader.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// Names and Role Provisioning 2.0: reads a course's members from its membership URL, page after page
/// (<c>Link: &lt;...&gt;; rel="next"</c>), makes users of new members with their role, and marks members who left inactive
/// (their grader account deactivated and its tokens revoked once no course of theirs lists them; nothing deleted).
/// The LMS decides for the accounts it provisioned: one listed again as active is active again.
/// </summary>
internal sealed class Nrps(IHttpClientFactory http, ServiceTokens tokens, TimeProvider clock)
{
    private const int MaxPages = 200;

    /// <exception cref="LtiServiceException">The platform refused or did not answer; nothing was changed.</exception>
    public async Task<RosterSyncResult> SyncAsync(GraderDb db, int contextId, CancellationToken cancellationToken)
    {
        var context = await db.LtiContexts.Include(c => c.Platform).FirstAsync(c => c.Id == contextId, cancellationToken);
        if (context.MembershipsUrl is null)
        {
            throw new LtiServiceException("The course's launches named no membership URL (the platform did not grant the roster service).", retry: false);
        }

        var members = await ReadAllAsync(db, context, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var accounts = await db.LtiAccounts.Include(a => a.User).Where(a => a.PlatformId == context.PlatformId).ToDictionaryAsync(a => a.Subject, cancellationToken);
        var memberships = await db.LtiMemberships.Where(m => m.ContextId == contextId).ToDictionaryAsync(m => m.UserId, cancellationToken);
        int added = 0, updated = 0, left = 0;
        var present = new HashSet<int>();
        foreach (var member in members.Where(m => m.Active))
        {
            if (!accounts.TryGetValue(member.UserId, out var account))
            {
                var user = Users.Accounts.AddUser(db, await LaunchProvisioning.UserNameAsync(db, context.PlatformId, member.UserId, member.UserNames, cancellationToken),
                    member.Name, member.Role, now);
                account = new LtiAccount { PlatformId = context.PlatformId, Subject = member.UserId, User = user };
                db.LtiAccounts.Add(account);
                accounts[member.UserId] = account;
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            else
            {
                account.User.DisplayName = member.Name;
                account.User.Role = member.Role;
                if (account.User.DeactivatedByRoster)
                {
                    account.User.DeactivatedAt = null;
                    account.User.DeactivatedByRoster = false;
                }

                updated++;
            }

            present.Add(account.UserId);
            if (memberships.TryGetValue(account.UserId, out var membership))
            {
                membership.Active = true;
                membership.UpdatedAt = now;
            }
            else
            {
                db.LtiMemberships.Add(new LtiMembership { ContextId = contextId, UserId = account.UserId, UpdatedAt = now });
            }
        }

        foreach (var membership in memberships.Values.Where(m => m.Active && !present.Contains(m.UserId)))
        {
            membership.Active = false;
            membership.UpdatedAt = now;
            left++;
        }

        context.RosterSyncedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        var gone = memberships.Values.Where(m => !m.Active).Select(m => m.UserId).ToList();
        var deactivated = await db.Users
            .Where(u => gone.Contains(u.Id) && u.Role != Role.Instructor && u.DeactivatedAt == null && !db.LtiMemberships.Any(m => m.UserId == u.Id && m.Active))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.DeactivatedAt, now).SetProperty(u => u.DeactivatedByRoster, true), cancellationToken);
        await db.Tokens.Where(t => gone.Contains(t.UserId) && t.RevokedAt == null && t.User.DeactivatedAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RosterSyncResult(context.Id, members.Count, added, updated, left, deactivated);
    }

    private async Task<List<Member>> ReadAllAsync(GraderDb db, LtiContext context, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        var token = await tokens.GetAsync(db, context.Platform, LtiClaims.ScopeMemberships, cancellationToken);
        using var client = http.CreateClient(PlatformKeys.HttpClientName);
        var url = context.MembershipsUrl;
        for (var page = 0; url is not null; page++)
        {
            if (page == MaxPages)
            {
                throw new LtiServiceException($"The membership service has more than {MaxPages} pages; stopped without changing anything.", retry: false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(LtiClaims.MembershipMediaType));
            using var response = await LtiServiceException.SendAsync(() => client.SendAsync(request, cancellationToken), "membership service", cancellationToken);
            await LtiServiceException.ThrowUnlessSuccessAsync(response, "membership service", cancellationToken);
            try
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                members.AddRange(body.RootElement.GetProperty("members").EnumerateArray().Select(Member.Of).OfType<Member>());
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new LtiServiceException("The membership service answered something that is not a membership container.", retry: false);
            }

            url = Next(response);
        }

        return members;
    }

    /// <summary>The URL of <c>rel="next"</c> in the Link header, if any.</summary>
    internal static string? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var part in values.SelectMany(v => v.Split(',')))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (pieces.Length > 1 && pieces[0].StartsWith('<') && pieces[0].EndsWith('>')
                && pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next"))
            {
                return pieces[0][1..^1];
            }
        }

        return null;
    }

    private sealed record Member(string UserId, string Name, Role Role, bool Active, IReadOnlyList<string?> UserNames)
    {
        public static Member? Of(JsonElement element)
        {
            string? Get(string name) => element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (Get("user_id") is not { Length: > 0 } userId)
            {
                return null;
            }

            var roles = element.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
                ? r.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
                : [];
            var name = Get("name") ?? string.Join(' ', new[] { Get("given_name"), Get("family_name") }.Where(n => !string.IsNullOrWhiteSpace(n)));
            var display = name.Length == 0 ? userId : name;
            return new Member(userId, display.Length > UserLimits.DisplayNameLength ? display[..UserLimits.DisplayNameLength] : display,
                LtiRoles.From(roles), Get("status") is null or "Active", [Get("preferred_username"), Get("lis_person_sourcedid")]);
        }
    }
}

public sealed record RosterSyncResult(int ContextId, int Members, int Added, int Updated, int Left, int Deactivated);
