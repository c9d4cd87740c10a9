using System.Text.Json.Nodes;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Grading;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Lti;

/// <summary>
/// LTI 1.3 with LTI Advantage: platform registrations, the tool's keys and configuration, login and launch, deep
/// linking, grade passback through the score outbox, and roster sync. The paths are what LMS admins type in.
/// </summary>
internal static class LtiApi
{
    public static IServiceCollection AddLti(this IServiceCollection services, GradingRole role)
    {
        services.AddOptions<LtiOptions>().BindConfiguration(LtiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(PlatformKeys.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ToolUrls>();
        services.AddSingleton<ToolKeys>();
        services.AddSingleton<PlatformKeys>();
        services.AddSingleton<LaunchValidation>();
        services.AddSingleton<ServiceTokens>();
        services.AddSingleton<Ags>();
        services.AddSingleton<Nrps>();
        services.AddSingleton<LaunchFollowUp>();
        if (role != GradingRole.Grader)
        {
            // The processes that serve HTTP make the keys and send the outbox; a grader-only process only writes to it.
            services.AddHostedService<ToolKeysStartup>();
            services.AddSingleton<ScoreOutboxSender>();
            services.AddHostedService(provider => provider.GetRequiredService<ScoreOutboxSender>());
        }

        return services;
    }

    public static RouteGroupBuilder MapLti(this IEndpointRouteBuilder routes)
    {
        var lti = routes.MapGroup("/lti").WithTags("LTI");
        lti.MapPlatforms();

        lti.MapGet("/jwks", Jwks).WithName("ToolJwks").WithSummary("The tool's public keys (RS256, by kid).").AllowAnonymous();
        lti.MapPost("/keys/rotate", Rotate).WithName("RotateToolKey")
            .WithSummary("A new signing key; the old one stays published for Lti:RetiredKeyDays (instructors).").RequireAuthorization(Policies.Instructor);
        lti.MapGet("/config", Config).WithName("ToolConfiguration")
            .WithSummary("What an LMS admin needs to register the tool (LTI dynamic registration's tool configuration).").AllowAnonymous();

        lti.MapMethods("/login", ["GET", "POST"], Login.Start).WithName("LtiLogin")
            .WithSummary("OIDC third-party initiated login: redirects to the platform's authorization endpoint.").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        lti.MapPost("/launch", Launch.Receive).WithName("LtiLaunch")
            .WithSummary("The platform's id_token (form post): validated, then the page the link names.").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        lti.MapPost("/deep-linking/{id}", DeepLinking.Respond).WithName("LtiDeepLinkingResponse")
            .WithSummary("The instructor's choice in the picker, posted back to the platform as a signed response.").AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

        lti.MapGet("/score-sync", ScoreSyncApi.List).WithName("ScoreSync")
            .WithSummary("Scores in the LMS outbox, newest first: pending, sending, sent or failed (instructors).").RequireAuthorization(Policies.Instructor);
        lti.MapPost("/score-sync/{scoreId:long}/resend", ScoreSyncApi.Resend).WithName("ResendScore")
            .WithSummary("Send a failed score again, with a new timestamp (instructors).").ProducesProblem(StatusCodes.Status409Conflict).RequireAuthorization(Policies.Instructor);

        lti.MapGet("/contexts", Contexts).WithName("LtiContexts").WithSummary("The LMS courses launches came from (instructors).").RequireAuthorization(Policies.Instructor);
        lti.MapPost("/contexts/{contextId:int}/roster-sync", RosterSync).WithName("RosterSync")
            .WithSummary("Read the course's members from the LMS (NRPS) now (instructors).").ProducesProblem(StatusCodes.Status502BadGateway).RequireAuthorization(Policies.Instructor);
        return lti;
    }

    /// <summary>
    /// The LTI steps a browser posts to (login, launch, the deep-linking choice): they carry no antiforgery token (the
    /// launch is a cross-site post from the LMS) and are protected instead by a state or id bound to the browser's
    /// cookie; a page session cookie that happens to come along changes nothing about them.
    /// </summary>
    public static bool IsBrowserFlow(PathString path) =>
        path.StartsWithSegments("/lti/login", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/lti/launch", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/lti/deep-linking", StringComparison.OrdinalIgnoreCase);

    internal static async Task<Ok<JsonObject>> Jwks(HttpContext context, GraderDb db, ToolKeys keys, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "public, max-age=300";
        var published = await keys.PublishedAsync(db, cancellationToken);
        var array = new JsonArray([.. published.Select(k => (JsonNode)new JsonObject(k.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))))]);
        return TypedResults.Ok(new JsonObject { ["keys"] = array });
    }

    internal static async Task<Ok<KeyRotationResponse>> Rotate(GraderDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await ToolKeys.RotateAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return TypedResults.Ok(new KeyRotationResponse(key.Kid, key.CreatedAt));
    }

    internal static Ok<JsonObject> Config(HttpContext context, ToolUrls urls)
    {
        var root = urls.Base(context.Request);
        var launch = urls.Launch(context.Request);
        return TypedResults.Ok(new JsonObject
        {
            ["application_type"] = "web",
            ["client_name"] = "Grader",
            ["response_types"] = new JsonArray("id_token"),
            ["grant_types"] = new JsonArray("implicit", "client_credentials"),
            ["initiate_login_uri"] = root + "/lti/login",
            ["redirect_uris"] = new JsonArray(launch),
            ["jwks_uri"] = root + "/lti/jwks",
            ["token_endpoint_auth_method"] = "private_key_jwt",
            ["scope"] = string.Join(' ', LtiClaims.ScopeLineItem, LtiClaims.ScopeScore, LtiClaims.ScopeMemberships),
            ["https://purl.imsglobal.org/spec/lti-tool-configuration"] = new JsonObject
            {
                ["domain"] = new Uri(root).Authority,
                ["target_link_uri"] = launch,
                ["claims"] = new JsonArray("iss", "sub", "name", "given_name", "family_name"),
                ["messages"] = new JsonArray(
                    new JsonObject { ["type"] = LtiClaims.ResourceLinkRequest, ["target_link_uri"] = launch },
                    new JsonObject { ["type"] = LtiClaims.DeepLinkingRequest, ["target_link_uri"] = launch, ["label"] = "Grader exercises" }),
            },
        });
    }

    internal static async Task<Ok<List<LtiContextResponse>>> Contexts(GraderDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.LtiContexts.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new LtiContextResponse(c.Id, c.PlatformId, c.ContextId, c.Title, c.MembershipsUrl != null, c.RosterSyncedAt,
                db.LtiMemberships.Count(m => m.ContextId == c.Id && m.Active), db.LtiMemberships.Count(m => m.ContextId == c.Id && !m.Active)))
            .ToListAsync(cancellationToken));

    internal static async Task<Results<Ok<RosterSyncResult>, ProblemHttpResult>> RosterSync(
        int contextId, GraderDb db, Nrps nrps, CancellationToken cancellationToken)
    {
        if (!await db.LtiContexts.AnyAsync(c => c.Id == contextId, cancellationToken))
        {
            return LtiProblems.UnknownCourse.With(contextId);
        }

        try
        {
            return TypedResults.Ok(await nrps.SyncAsync(db, contextId, cancellationToken));
        }
        catch (LtiServiceException error)
        {
            return LtiProblems.RosterNotRead.With(error.Message);
        }
    }
}

public sealed record KeyRotationResponse(string Kid, DateTime CreatedAt);

/// <param name="Id">The grader's id of the course (for roster-sync).</param>
/// <param name="ContextId">The LMS's id of the course.</param>
public sealed record LtiContextResponse(int Id, int PlatformId, string ContextId, string? Title, bool HasRoster, DateTime? RosterSyncedAt, int ActiveMembers, int InactiveMembers);
