using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// The test platform checked by code nobody here wrote: ltijs (a certified LTI 1.3 tool library, on PostgreSQL through
/// ltijs-sequelize) is launched by the same <see cref="TestPlatform"/> the service's LTI tests use, and calls its AGS,
/// NRPS and deep-linking endpoints. What ltijs accepts, and what the platform accepts from ltijs, shows that the
/// platform speaks LTI 1.3 and not only a dialect shared with our own tool.
/// </summary>
public sealed class LtijsPlatformCheckTests(LtijsPlatformCheckTests.Fixture lti) : IClassFixture<LtijsPlatformCheckTests.Fixture>
{
    [Fact]
    public async Task Ltijs_accepts_the_platforms_launch_posts_a_score_to_its_line_item_and_reads_every_page_of_the_roster()
    {
        var lineItem = lti.Platform.CreateLineItem("Cumulative sums", 5);
        var subject = "ltijs-" + Guid.NewGuid().ToString("N");
        using var browser = new Browser(lti);

        var launched = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner])
        {
            Name = "Chen Yu-Ting",
            ResourceLinkId = "link-ltijs",
            LineItem = lineItem,
            Custom = new Dictionary<string, string> { ["exercise"] = "cumsum", ["score"] = "4" },
        });

        var body = await launched.Content.ReadAsStringAsync();
        Assert.True(launched.StatusCode == HttpStatusCode.OK, $"{launched.StatusCode}: {body}\n{lti.Tool.Console}");
        var launch = JsonNode.Parse(body)!;
        Assert.Equal(lti.Platform.Issuer, launch["iss"]!.GetValue<string>());
        Assert.Equal(subject, launch["user"]!.GetValue<string>());
        Assert.Equal("Chen Yu-Ting", launch["name"]!.GetValue<string>());
        Assert.Equal(LtijsTool.ClientId, launch["clientId"]!.GetValue<string>());
        Assert.Equal(TestPlatform.DeploymentId, launch["deploymentId"]!.GetValue<string>());
        Assert.Equal("LtiResourceLinkRequest", launch["messageType"]!.GetValue<string>());
        Assert.Equal("1.3.0", launch["version"]!.GetValue<string>());
        Assert.Equal([LaunchSpec.Learner], launch["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("course-1", launch["context"]!["id"]!.GetValue<string>());
        Assert.Equal("link-ltijs", launch["resourceLink"]!["id"]!.GetValue<string>());
        Assert.Equal("cumsum", launch["custom"]!["exercise"]!.GetValue<string>());

        // AGS: the score ltijs sent on the launch, accepted by the platform at the launch's line item.
        var score = Assert.Single(lti.Platform.Scores, s => s.UserId == subject);
        Assert.Equal(lineItem, $"{lti.Platform.LineItemsUrl}/{score.LineItemId}");
        Assert.Equal(4, score.ScoreGiven);
        Assert.Equal(5, score.ScoreMaximum);
        Assert.Equal("FullyGraded", score.GradingProgress);
        Assert.Equal("sent by ltijs", score.Comment);

        // NRPS: ltijs followed the platform's Link: rel="next" through both pages.
        Assert.Equal(
            lti.Platform.Members.Select(m => m["user_id"]!.GetValue<string>()),
            launch["members"]!.AsArray().Select(m => m!["user_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ltijs_refuses_a_launch_the_platform_signed_with_a_key_it_does_not_publish()
    {
        var subject = "ltijs-forged-" + Guid.NewGuid().ToString("N");
        using var browser = new Browser(lti);

        var refused = await browser.LaunchAsync(new LaunchSpec(subject, [LaunchSpec.Learner])
        {
            Signing = Signing.OtherKey,
            LineItem = lti.Platform.CreateLineItem("Forged", 5),
            Custom = new Dictionary<string, string> { ["score"] = "5" },
        });

        var body = await refused.Content.ReadAsStringAsync();
        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{refused.StatusCode}: {body}");
        Assert.Equal("invalid signature", JsonNode.Parse(body)!["details"]!["message"]!.GetValue<string>());
        Assert.DoesNotContain(lti.Platform.Scores, s => s.UserId == subject);
    }

    [Fact]
    public async Task The_platform_verifies_ltijs_deep_linking_response_against_ltijs_keys_and_refuses_it_altered()
    {
        using var browser = new Browser(lti);
        var picked = await browser.LaunchAsync(new LaunchSpec("ltijs-teacher-" + Guid.NewGuid().ToString("N"), [LaunchSpec.Instructor])
        {
            MessageType = "LtiDeepLinkingRequest",
        });
        var html = await picked.Content.ReadAsStringAsync();
        Assert.True(picked.StatusCode == HttpStatusCode.OK, $"{picked.StatusCode}: {html}\n{lti.Tool.Console}");
        var form = LtiBrowser.ParseForm(html);
        Assert.Equal(lti.Platform.DeepLinkReturnUrl, form.Action);

        // The same response pointing at another exercise, under ltijs's signature: it no longer verifies.
        var jwt = form.Fields["JWT"].Split('.');
        var payload = Base64UrlEncoder.Decode(jwt[1]);
        Assert.Contains("\"exercise\":\"cumsum\"", payload, StringComparison.Ordinal);
        var altered = string.Join('.', jwt[0], Base64UrlEncoder.Encode(payload.Replace("\"cumsum\"", "\"linear-algebra\"", StringComparison.Ordinal)), jwt[2]);
        var refused = await browser.Lms.PostAsync(form.Action, new FormUrlEncodedContent(new Dictionary<string, string> { ["JWT"] = altered }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var before = lti.Platform.DeepLinkItems.Count;

        var returned = await browser.Lms.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));
        Assert.True(returned.StatusCode == HttpStatusCode.OK, await returned.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, lti.Platform.DeepLinkItems.Count);
        var item = Assert.Single(lti.Platform.DeepLinkItems.Last());
        Assert.Equal("ltiResourceLink", item!["type"]!.GetValue<string>());
        Assert.Equal("cumsum", item["custom"]!["exercise"]!.GetValue<string>());
        Assert.Equal(5, item["lineItem"]!["scoreMaximum"]!.GetValue<int>());
        Assert.Equal("exercise:cumsum", item["lineItem"]!["resourceId"]!.GetValue<string>());
    }

    /// <summary>A browser between the platform and ltijs: keeps ltijs's state and session cookies, follows nothing by itself.</summary>
    private sealed class Browser(Fixture lti) : IDisposable
    {
        private readonly HttpClient tool = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = lti.Tool.Url,
        };

        public HttpClient Lms { get; } = new(new HttpClientHandler { AllowAutoRedirect = false });

        /// <summary>
        /// The platform's login initiation to ltijs, ltijs's redirect to the platform's authorization endpoint, the
        /// platform's form post of the id_token to ltijs, and ltijs's redirect to its app: returns ltijs's last answer.
        /// </summary>
        public async Task<HttpResponseMessage> LaunchAsync(LaunchSpec spec)
        {
            var login = await tool.GetAsync(QueryHelpers.AddQueryString("/login", new Dictionary<string, string?>
            {
                ["iss"] = lti.Platform.Issuer,
                ["login_hint"] = lti.Platform.Prepare(spec),
                ["target_link_uri"] = new Uri(lti.Tool.Url, "/").ToString(),
                ["client_id"] = LtijsTool.ClientId,
                ["lti_deployment_id"] = TestPlatform.DeploymentId,
                ["lti_message_hint"] = "ltijs-message-hint",
            }));
            Assert.True(login.StatusCode == HttpStatusCode.Found, $"login: {login.StatusCode}: {await login.Content.ReadAsStringAsync()}\n{lti.Tool.Console}");
            var authorization = login.Headers.Location!;
            Assert.StartsWith(lti.Platform.AuthorizationEndpoint + "?", authorization.ToString(), StringComparison.Ordinal);
            Assert.Equal(LtijsTool.ClientId, QueryHelpers.ParseQuery(authorization.Query)["client_id"]);

            var platformAnswer = await Lms.GetAsync(authorization);
            var page = await platformAnswer.Content.ReadAsStringAsync();
            Assert.True(platformAnswer.StatusCode == HttpStatusCode.OK, $"authorization: {platformAnswer.StatusCode}: {page}");
            var form = LtiBrowser.ParseForm(page);

            var posted = await tool.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));
            if (posted.StatusCode != HttpStatusCode.Found)
            {
                return posted;
            }

            // Validated: ltijs sends the browser to its app route with an ltik (bound to its session cookie).
            return await tool.GetAsync(posted.Headers.Location);
        }

        public void Dispose()
        {
            tool.Dispose();
            Lms.Dispose();
        }
    }

    /// <summary>A throw-away PostgreSQL for ltijs, the test platform with ltijs registered as a second tool, and ltijs.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly PostgresServer postgres = new();
        private readonly HttpClient keys = new();

        public TestPlatform Platform { get; private set; } = null!;

        public LtijsTool Tool { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await postgres.InitializeAsync();
            try
            {
                Platform = await TestPlatform.StartAsync(() => throw new InvalidOperationException("Only ltijs is launched in these tests."));
                Tool = await LtijsTool.StartAsync(postgres, Platform);
            }
            catch
            {
                // xunit does not dispose a fixture whose start failed: the server and the platform go now.
                await DisposeAsync();
                throw;
            }

            Platform.RegisterTool(LtijsTool.ClientId, () => keys.GetStringAsync(new Uri(Tool.Url, "/keys")));

            // Three members, two to a page: ltijs must follow the platform's Link header to see them all.
            Platform.Members.AddRange(Enumerable.Range(1, 3).Select(i => new JsonObject
            {
                ["user_id"] = $"ltijs-member-{i}",
                ["name"] = $"Member {i}",
                ["status"] = "Active",
                ["roles"] = new JsonArray(i == 3 ? LaunchSpec.Instructor : LaunchSpec.Learner),
            }));
        }

        public async Task DisposeAsync()
        {
            if (Tool is not null)
            {
                await Tool.DisposeAsync();
            }

            if (Platform is not null)
            {
                await Platform.DisposeAsync();
            }

            keys.Dispose();
            await postgres.DisposeAsync();
        }
    }
}
