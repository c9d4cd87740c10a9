using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// An LMS for the tests: a real HTTP server on 127.0.0.1 (named localhost in its URLs) with its own RS256 key pair,
/// an OIDC authorization endpoint that answers a tool's login with a signed id_token as a form post, a JWKS, an OAuth
/// token endpoint that checks the tool's client assertion against the tool's JWKS, AGS line items and scores
/// (refusing a timestamp not later than the last, as Canvas does; answering 503 when told to), NRPS memberships in
/// pages, and a deep-linking return URL that checks the tool's signed response.
/// </summary>
public sealed class TestPlatform : IAsyncDisposable
{
    public const string ClientId = "grader-tool";
    public const string DeploymentId = "deployment-1";

    private readonly WebApplication app;

    /// <summary>The tools registered with the platform: client id → how to read that tool's JWKS.</summary>
    private readonly ConcurrentDictionary<string, Func<Task<string>>> tools = new();
    private readonly ConcurrentDictionary<string, LaunchSpec> launches = new();
    private readonly ConcurrentDictionary<string, string> accessTokens = new();
    private readonly ConcurrentDictionary<int, LineItem> lineItems = new();
    private int nextLineItem;
    private RSA key = RSA.Create(2048);

    private TestPlatform(WebApplication app, Func<Task<string>> toolJwks)
    {
        this.app = app;
        tools[ClientId] = toolJwks;
    }

    public string Issuer { get; private set; } = "";

    public string Kid { get; private set; } = "platform-key-1";

    public string AuthorizationEndpoint => Issuer + "/auth";

    public string TokenEndpoint => Issuer + "/token";

    public string JwksUri => Issuer + "/jwks";

    public string LineItemsUrl => Issuer + "/courses/1/lineitems";

    public string MembershipsUrl => Issuer + "/courses/1/memberships";

    public string DeepLinkReturnUrl => Issuer + "/deep-link-return";

    /// <summary>Scores the platform accepted, in the order they came.</summary>
    public ConcurrentQueue<ReceivedScore> Scores { get; } = new();

    /// <summary>Every score request, accepted or not (503s included).</summary>
    public ConcurrentQueue<string> ScoreAttempts { get; } = new();

    /// <summary>Deep-linking responses the platform verified: the content items.</summary>
    public ConcurrentQueue<JsonArray> DeepLinkItems { get; } = new();

    /// <summary>Token requests whose client assertion verified, with the scopes asked.</summary>
    public ConcurrentQueue<string> TokenScopes { get; } = new();

    /// <summary>The next this many score posts answer 503.</summary>
    public int FailNextScores;

    /// <summary>The next this many score posts (after any 503s) answer 400, as an LMS refusing a score does.</summary>
    public int RefuseNextScores;

    /// <summary>How long creating a line item takes (a slow LMS, so that launches overlap while one is created).</summary>
    public TimeSpan LineItemCreationDelay { get; set; }

    /// <summary>The course's members as NRPS lists them, two per page.</summary>
    public List<JsonObject> Members { get; } = [];

    /// <summary>Starts the platform. <paramref name="toolJwks"/> reads the tool's JWKS (the tool may not listen on a socket).</summary>
    public static async Task<TestPlatform> StartAsync(Func<Task<string>> toolJwks)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var platform = new TestPlatform(app, toolJwks);
        platform.Map();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        platform.Issuer = $"http://localhost:{address.Port}";
        return platform;
    }

    /// <summary>
    /// Registers another tool with the platform (as an LMS admin adds a second tool): its launches, client assertions
    /// and deep-linking responses are checked against <paramref name="jwks"/>.
    /// </summary>
    public void RegisterTool(string clientId, Func<Task<string>> jwks) => tools[clientId] = jwks;

    /// <summary>What the tool registers (POST /lti/platforms).</summary>
    public object Registration(string name = "Test LMS", string? deployment = null) => new
    {
        name,
        issuer = Issuer,
        clientId = ClientId,
        deploymentIds = new[] { deployment ?? DeploymentId },
        authorizationEndpoint = AuthorizationEndpoint,
        tokenEndpoint = TokenEndpoint,
        jwksUri = JwksUri,
    };

    /// <summary>Prepares a launch: the login hint the platform sends with its login initiation.</summary>
    public string Prepare(LaunchSpec spec)
    {
        var hint = Guid.NewGuid().ToString("N");
        launches[hint] = spec;
        return hint;
    }

    /// <summary>A new key pair with a new kid; the old one is no longer published.</summary>
    public void RotateKey()
    {
        key = RSA.Create(2048);
        Kid = "platform-key-" + Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>A line item as the platform keeps it (made by deep linking, or by the tool through AGS).</summary>
    public string CreateLineItem(string label, decimal scoreMaximum, string? resourceId = null)
    {
        var id = Interlocked.Increment(ref nextLineItem);
        lineItems[id] = new LineItem(id, label, scoreMaximum, resourceId);
        return $"{LineItemsUrl}/{id}";
    }

    public IReadOnlyCollection<LineItem> LineItems => [.. lineItems.Values];

    public async ValueTask DisposeAsync()
    {
        // Without waiting for the tool's pooled keep-alive connections to close.
        using var quickly = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await app.StopAsync(quickly.Token);
        await app.DisposeAsync();
        key.Dispose();
    }

    private void Map()
    {
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { PublicJwk(key, Kid) } }));
        app.MapGet("/auth", Authorize);
        app.MapPost("/token", TokenAsync);
        app.MapGet("/courses/1/lineitems", () => Results.Json(lineItems.Values.Select(l => l.AsJson(LineItemsUrl))));
        app.MapPost("/courses/1/lineitems", CreateLineItemAsync);
        app.MapPost("/courses/1/lineitems/{id:int}/scores", ScoreAsync);
        app.MapGet("/courses/1/memberships", Memberships);
        app.MapPost("/deep-link-return", DeepLinkReturnAsync);
    }

    /// <summary>The OIDC authorization endpoint: checks the tool's request, answers with the id_token as a form post.</summary>
    private IResult Authorize(HttpRequest request)
    {
        string Q(string name) => request.Query[name].ToString();
        var problems = new List<string>();
        if (Q("scope") != "openid")
        {
            problems.Add("scope must be openid");
        }

        if (Q("response_type") != "id_token")
        {
            problems.Add("response_type must be id_token");
        }

        if (Q("response_mode") != "form_post")
        {
            problems.Add("response_mode must be form_post");
        }

        if (Q("prompt") != "none")
        {
            problems.Add("prompt must be none");
        }

        if (!tools.ContainsKey(Q("client_id")))
        {
            problems.Add("unknown client_id");
        }

        if (string.IsNullOrEmpty(Q("state")) || string.IsNullOrEmpty(Q("nonce")))
        {
            problems.Add("state and nonce are required");
        }

        if (!launches.TryGetValue(Q("login_hint"), out var spec))
        {
            problems.Add("unknown login_hint");
        }

        if (problems.Count > 0)
        {
            return Results.BadRequest(string.Join("; ", problems));
        }

        var idToken = IdToken(spec!, Q("nonce"), Q("redirect_uri"), Q("client_id"));
        var html = $"""
            <!DOCTYPE html><html><body><form id="f" method="post" action="{WebUtility.HtmlEncode(Q("redirect_uri"))}">
            <input type="hidden" name="id_token" value="{WebUtility.HtmlEncode(idToken)}">
            <input type="hidden" name="state" value="{WebUtility.HtmlEncode(Q("state"))}">
            </form><script>document.getElementById('f').submit();</script></body></html>
            """;
        return Results.Content(html, "text/html");
    }

    /// <summary>The id_token for a launch, signed (or forged) as the spec says.</summary>
    public string IdToken(LaunchSpec spec, string nonce, string redirectUri, string clientId = ClientId)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = spec.Issuer ?? Issuer,
            ["aud"] = spec.Audience ?? clientId,
            ["sub"] = spec.Subject,
            ["iat"] = now + spec.IssuedAtOffsetSeconds,
            ["exp"] = now + spec.ExpiresInSeconds,
            ["nonce"] = nonce,
            ["name"] = spec.Name,
            ["https://purl.imsglobal.org/spec/lti/claim/message_type"] = spec.MessageType,
            ["https://purl.imsglobal.org/spec/lti/claim/version"] = spec.Version,
            ["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] = spec.DeploymentId ?? DeploymentId,
            ["https://purl.imsglobal.org/spec/lti/claim/target_link_uri"] = spec.TargetLinkUri ?? redirectUri,
            ["https://purl.imsglobal.org/spec/lti/claim/roles"] = new JsonArray([.. spec.Roles.Select(r => (JsonNode)JsonValue.Create(r)!)]),
            ["https://purl.imsglobal.org/spec/lti/claim/context"] = new JsonObject { ["id"] = spec.ContextId, ["title"] = "Deep Learning 2027" },
            ["https://purl.imsglobal.org/spec/lti/claim/resource_link"] = new JsonObject { ["id"] = spec.ResourceLinkId, ["title"] = spec.ResourceLinkTitle },
            ["https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"] = new JsonObject
            {
                ["context_memberships_url"] = MembershipsUrl,
                ["service_versions"] = new JsonArray("2.0"),
            },
        };
        if (spec.PreferredUserName is not null)
        {
            payload["preferred_username"] = spec.PreferredUserName;
        }

        if (spec.Custom is not null)
        {
            payload["https://purl.imsglobal.org/spec/lti/claim/custom"] = JsonNode.Parse(JsonSerializer.Serialize(spec.Custom));
        }

        var ags = new JsonObject
        {
            ["scope"] = new JsonArray(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
            ["lineitems"] = LineItemsUrl,
        };
        if (spec.LineItem is not null)
        {
            ags["lineitem"] = spec.LineItem;
        }

        payload["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"] = ags;
        if (spec.MessageType == "LtiDeepLinkingRequest")
        {
            payload["https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"] = new JsonObject
            {
                ["deep_link_return_url"] = DeepLinkReturnUrl,
                ["accept_types"] = new JsonArray("ltiResourceLink"),
                ["accept_presentation_document_targets"] = new JsonArray("iframe", "window"),
                ["data"] = "platform-opaque-data",
            };
        }

        return Sign(payload.ToJsonString(), spec.Signing, spec.Kid ?? Kid);
    }

    private string Sign(string payload, Signing signing, string kid)
    {
        string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        switch (signing)
        {
            case Signing.None:
                return $"{Encode("""{"alg":"none","typ":"JWT"}""")}.{Encode(payload)}.";
            case Signing.Hs256WithPublicKey:
            {
                // The classic confusion attack: HMAC keyed with the platform's public key, which anyone can read.
                var header = Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{kid}}"}""");
                var body = Encode(payload);
                var secret = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(PublicJwk(key, Kid)));
                var mac = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"{header}.{body}"));
                return $"{header}.{body}.{Base64UrlEncoder.Encode(mac)}";
            }

            case Signing.OtherKey:
            {
                using var other = RSA.Create(2048);
                return new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(new RsaSecurityKey(other) { KeyId = kid }, SecurityAlgorithms.RsaSha256));
            }

            default:
                return new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, SecurityAlgorithms.RsaSha256));
        }
    }

    /// <summary>client_credentials with a JWT client assertion, checked against the tool's JWKS.</summary>
    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["grant_type"] != "client_credentials" || form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        {
            return Results.Json(new { error = "unsupported_grant_type" }, statusCode: 400);
        }

        var assertion = form["client_assertion"].ToString();
        if (ToolNamedBy(assertion) is not var (clientId, jwks))
        {
            return Results.Json(new { error = "invalid_client", error_description = "The assertion's iss is not a registered client." }, statusCode: 401);
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudience = TokenEndpoint,
            IssuerSigningKeys = new JsonWebKeySet(await jwks()).GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        if (!result.IsValid || (result.Claims.TryGetValue("sub", out var sub) ? sub as string : null) != clientId)
        {
            return Results.Json(new { error = "invalid_client", error_description = result.Exception?.Message }, statusCode: 401);
        }

        var token = Guid.NewGuid().ToString("N");
        accessTokens[token] = form["scope"].ToString();
        TokenScopes.Enqueue(form["scope"].ToString());
        return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 3600, scope = form["scope"].ToString() });
    }

    private bool Authorized(HttpRequest request, string scope) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal)
        && accessTokens.TryGetValue(header["Bearer ".Length..], out var scopes) && scopes.Split(' ').Contains(scope);

    private async Task<IResult> CreateLineItemAsync(HttpRequest request)
    {
        if (!Authorized(request, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"))
        {
            return Results.StatusCode(401);
        }

        var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
        await Task.Delay(LineItemCreationDelay);
        var url = CreateLineItem(body["label"]!.GetValue<string>(), body["scoreMaximum"]!.GetValue<decimal>(), body["resourceId"]?.GetValue<string>());
        var item = lineItems[int.Parse(url[(url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture)];
        return Results.Content(item.AsJson(LineItemsUrl).ToJsonString(), "application/vnd.ims.lis.v2.lineitem+json", statusCode: 201);
    }

    private async Task<IResult> ScoreAsync(int id, HttpRequest request)
    {
        var body = await new StreamReader(request.Body).ReadToEndAsync();
        ScoreAttempts.Enqueue(body);
        if (Interlocked.Decrement(ref FailNextScores) >= 0)
        {
            return Results.StatusCode(503);
        }

        if (!Authorized(request, "https://purl.imsglobal.org/spec/lti-ags/scope/score"))
        {
            return Results.StatusCode(401);
        }

        if (Interlocked.Decrement(ref RefuseNextScores) >= 0)
        {
            return Results.Text("The grade column is locked.", statusCode: 400);
        }

        if (request.ContentType != "application/vnd.ims.lis.v1.score+json")
        {
            return Results.Text($"Content type {request.ContentType} is not a score.", statusCode: 415);
        }

        if (!lineItems.ContainsKey(id))
        {
            return Results.NotFound();
        }

        var score = JsonSerializer.Deserialize<ReceivedScore>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))! with { LineItemId = id };
        var last = Scores.Where(s => s.LineItemId == id && s.UserId == score.UserId).LastOrDefault();
        if (last is not null && DateTimeOffset.Parse(score.Timestamp, System.Globalization.CultureInfo.InvariantCulture) < DateTimeOffset.Parse(last.Timestamp, System.Globalization.CultureInfo.InvariantCulture))
        {
            return Results.Text("timestamp before last updated", statusCode: 400);
        }

        Scores.Enqueue(score);
        return Results.Ok();
    }

    private IResult Memberships(HttpRequest request, int page = 0)
    {
        if (!Authorized(request, "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
        {
            return Results.StatusCode(401);
        }

        const int PageSize = 2;
        var members = Members.Skip(page * PageSize).Take(PageSize).ToList();
        if ((page + 1) * PageSize < Members.Count)
        {
            request.HttpContext.Response.Headers.Link = $"<{MembershipsUrl}?page={page + 1}>; rel=\"next\"";
        }

        var container = new JsonObject
        {
            ["id"] = MembershipsUrl,
            ["context"] = new JsonObject { ["id"] = "course-1" },
            ["members"] = new JsonArray([.. members.Select(m => m.DeepClone())]),
        };
        return Results.Content(container.ToJsonString(), "application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
    }

    private async Task<IResult> DeepLinkReturnAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var response = form["JWT"].ToString();
        if (ToolNamedBy(response) is not var (clientId, jwks))
        {
            return Results.Text("The deep-linking response's iss is not a registered client.", statusCode: 400);
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(response, new TokenValidationParameters
        {
            ValidIssuer = clientId,
            ValidAudience = Issuer,
            IssuerSigningKeys = new JsonWebKeySet(await jwks()).GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });
        if (!result.IsValid)
        {
            return Results.Text($"The deep-linking response does not verify: {result.Exception?.Message}", statusCode: 400);
        }

        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(((JsonWebToken)result.SecurityToken).EncodedPayload))!;
        if (payload["https://purl.imsglobal.org/spec/lti/claim/message_type"]?.GetValue<string>() != "LtiDeepLinkingResponse"
            || payload["https://purl.imsglobal.org/spec/lti-dl/claim/data"]?.GetValue<string>() != "platform-opaque-data")
        {
            return Results.Text("Not a deep-linking response to this request.", statusCode: 400);
        }

        DeepLinkItems.Enqueue(payload["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]!.AsArray());
        return Results.Content("<p>Content added.</p>", "text/html");
    }

    /// <summary>
    /// The registered tool a JWT says it comes from (its unverified iss): only to choose whose keys verify it, and the
    /// validation then requires that same iss.
    /// </summary>
    private (string ClientId, Func<Task<string>> Jwks)? ToolNamedBy(string jwt)
    {
        string issuer;
        try
        {
            issuer = new JsonWebTokenHandler().ReadJsonWebToken(jwt).Issuer;
        }
        catch (ArgumentException)
        {
            return null; // not a JWT at all (SecurityTokenMalformedException is one)
        }

        return tools.TryGetValue(issuer, out var jwks) ? (issuer, jwks) : null;
    }

    private static Dictionary<string, string> PublicJwk(RSA rsa, string kid)
    {
        var parameters = rsa.ExportParameters(false);
        return new()
        {
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public sealed record LineItem(int Id, string Label, decimal ScoreMaximum, string? ResourceId)
    {
        public JsonObject AsJson(string container) => new()
        {
            ["id"] = $"{container}/{Id}",
            ["label"] = Label,
            ["scoreMaximum"] = ScoreMaximum,
            ["resourceId"] = ResourceId,
        };
    }
}

/// <summary>A score as the platform received it.</summary>
public sealed record ReceivedScore(
    string UserId, decimal ScoreGiven, decimal ScoreMaximum, string ActivityProgress, string GradingProgress, string Timestamp, string? Comment, int LineItemId = 0);

public enum Signing
{
    PlatformKey,
    OtherKey,
    None,
    Hs256WithPublicKey,
}

/// <summary>What the platform's next launch says (and how it signs it).</summary>
public sealed record LaunchSpec(string Subject, string[] Roles)
{
    public const string Learner = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public const string Instructor = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public const string TeachingAssistant = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";

    public string Name { get; init; } = "Lin Mei-Ling";

    public string? PreferredUserName { get; init; }

    public string MessageType { get; init; } = "LtiResourceLinkRequest";

    public string Version { get; init; } = "1.3.0";

    public string? DeploymentId { get; init; }

    public string? Issuer { get; init; }

    public string? Audience { get; init; }

    public string? Kid { get; init; }

    public string? TargetLinkUri { get; init; }

    public string ContextId { get; init; } = "course-1";

    public string ResourceLinkId { get; init; } = "link-cumsum";

    public string ResourceLinkTitle { get; init; } = "Cumulative sums";

    public object? Custom { get; init; } = new Dictionary<string, string> { ["exercise"] = "cumsum" };

    public string? LineItem { get; init; }

    public long IssuedAtOffsetSeconds { get; init; }

    public long ExpiresInSeconds { get; init; } = 300;

    public Signing Signing { get; init; } = Signing.PlatformKey;
}
