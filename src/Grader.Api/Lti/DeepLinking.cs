using System.Text;
using System.Text.Json;
using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Grader.Api.Lti;

/// <summary>
/// Deep Linking 2.0: an instructor's <c>LtiDeepLinkingRequest</c> opens a picker (exercises by topic, or an
/// assignment); the choice goes back to the platform as a signed <c>LtiDeepLinkingResponse</c> (form field
/// <c>JWT</c>, <c>aud</c> = the platform's issuer) with one <c>ltiResourceLink</c> whose custom parameter names the
/// exercise or assignment and whose <c>lineItem</c> asks the platform for a gradebook column.
/// </summary>
internal static class DeepLinking
{
    private static readonly JsonWebTokenHandler Handler = new();

    internal static async Task<IResult> OpenPickerAsync(
        HttpContext context, GraderDb db, ExerciseCatalog catalog, ValidLaunch launch, User user, DateTime now, CancellationToken cancellationToken)
    {
        if (launch.Claims.String(LtiClaims.DeepLinkingSettings, "deep_link_return_url") is not { } returnUrl
            || !Uri.TryCreate(returnUrl, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http"))
        {
            return LaunchPages.Error(context, LaunchFailure.MissingClaim(LtiClaims.DeepLinkingSettings + " deep_link_return_url"));
        }

        var pending = new LtiDeepLink
        {
            Id = BrowserBinding.RandomToken(),
            PlatformId = launch.Platform.Id,
            DeploymentId = launch.DeploymentId,
            ReturnUrl = returnUrl,
            Data = launch.Claims.String(LtiClaims.DeepLinkingSettings, "data"),
            UserId = user.Id,
            BrowserHash = BrowserBinding.HashOrCreate(context),
            ExpiresAt = now.AddHours(1),
        };
        db.LtiDeepLinks.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().OrderBy(a => a.DueAt).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return LaunchPages.Html("Add from the grader · 從評分系統加入", Picker(pending.Id, catalog, assignments), StatusCodes.Status200OK);
    }

    /// <summary>POST /lti/deep-linking/{id}: the instructor's choice, answered with the auto-posting form to the platform.</summary>
    internal static async Task<IResult> Respond(
        string id, HttpContext context, GraderDb db, ExerciseCatalog catalog, ToolUrls urls, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = await LtiForms.ReadAsync(context, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = id.Length <= LtiLogin.TokenLength ? await db.LtiDeepLinks.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) : null;
        if (pending is null || pending.UsedAt is not null || pending.ExpiresAt < now || !BrowserBinding.Matches(context, pending.BrowserHash))
        {
            return LaunchPages.Error(context, LaunchFailure.UnknownDeepLink);
        }

        var choice = form.TryGetValue("choice", out var value) && value.Count == 1 ? value[0] : null;
        var item = await ItemAsync(db, catalog, choice, urls.Launch(context.Request), cancellationToken);
        if (item is null)
        {
            return LaunchPages.Error(context, LaunchFailure.BadChoice);
        }

        if (await db.LtiDeepLinks.Where(d => d.Id == id && d.UsedAt == null).ExecuteUpdateAsync(set => set.SetProperty(d => d.UsedAt, now), cancellationToken) != 1)
        {
            return LaunchPages.Error(context, LaunchFailure.UnknownDeepLink);
        }

        var platform = await db.LtiPlatforms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pending.PlatformId, cancellationToken);
        if (platform is null)
        {
            return LaunchPages.Error(context, LaunchFailure.UnknownDeepLink);
        }

        var issuedAt = new DateTimeOffset(now).ToUnixTimeSeconds();
        var payload = new Dictionary<string, object?>
        {
            ["iss"] = platform.ClientId,
            ["aud"] = platform.Issuer,
            ["iat"] = issuedAt,
            ["exp"] = issuedAt + 300,
            ["nonce"] = BrowserBinding.RandomToken(),
            [LtiClaims.MessageType] = LtiClaims.DeepLinkingResponse,
            [LtiClaims.Version] = LtiClaims.SupportedVersion,
            [LtiClaims.DeploymentId] = pending.DeploymentId,
            [LtiClaims.DeepLinkingContentItems] = new[] { item },
        };
        if (pending.Data is not null)
        {
            payload[LtiClaims.DeepLinkingData] = pending.Data;
        }

        var jwt = Handler.CreateToken(JsonSerializer.Serialize(payload), await ToolKeys.SigningAsync(db, cancellationToken));
        return LaunchPages.AutoPost(pending.ReturnUrl, new Dictionary<string, string> { ["JWT"] = jwt });
    }

    /// <summary>The content item for "exercise:cumsum" or "assignment:hw1"; null for anything else.</summary>
    private static async Task<Dictionary<string, object>?> ItemAsync(GraderDb db, ExerciseCatalog catalog, string? choice, string launchUrl, CancellationToken cancellationToken)
    {
        var (kind, id) = choice?.Split(':', 2) is [var k, var i] ? (k, i) : ("", "");
        string title;
        int points;
        if (kind == "exercise" && catalog.Find(id) is { } exercise)
        {
            (title, points) = (exercise.Title.En, exercise.Points);
        }
        else if (kind == "assignment" && await db.Assignments.AsNoTracking().Include(a => a.Exercises).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } assignment)
        {
            (title, points) = (assignment.TitleEn, assignment.Exercises.Sum(e => e.Points));
        }
        else
        {
            return null;
        }

        return new Dictionary<string, object>
        {
            ["type"] = "ltiResourceLink",
            ["title"] = title,
            ["url"] = launchUrl,
            ["custom"] = new Dictionary<string, string> { [kind] = id },
            ["lineItem"] = new Dictionary<string, object> { ["scoreMaximum"] = points, ["label"] = title, ["resourceId"] = $"{kind}:{id}" },
        };
    }

    private static string Picker(string id, ExerciseCatalog catalog, List<Assignment> assignments)
    {
        var html = new StringBuilder();
        html.Append("<main data-picker><h1>Add from the grader · 從評分系統加入</h1>");
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/lti/deep-linking/{LaunchPages.Encode(id)}\">");
        if (assignments.Count > 0)
        {
            html.Append("<fieldset><legend>Assignments · 作業</legend>");
            foreach (var assignment in assignments)
            {
                Option(html, $"assignment:{assignment.Id}", assignment.TitleEn, assignment.TitleZhTw);
            }

            html.Append("</fieldset>");
        }

        foreach (var topic in catalog.Exercises.OrderBy(e => e.Order).GroupBy(e => e.Topic))
        {
            html.Append(System.Globalization.CultureInfo.InvariantCulture, $"<fieldset><legend>{LaunchPages.Encode(topic.Key)}</legend>");
            foreach (var exercise in topic)
            {
                Option(html, $"exercise:{exercise.Id}", exercise.Title.En, exercise.Title.ZhTw);
            }

            html.Append("</fieldset>");
        }

        html.Append("<button type=\"submit\">Add to the course · 加入課程</button></form></main>");
        return html.ToString();
    }

    private static void Option(StringBuilder html, string value, string en, string zh) =>
        html.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"<label><input type=\"radio\" name=\"choice\" value=\"{LaunchPages.Encode(value)}\" required> {LaunchPages.Encode(en)} · <span lang=\"zh-TW\">{LaunchPages.Encode(zh)}</span></label><br>");
}
