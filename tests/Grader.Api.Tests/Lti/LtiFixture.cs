using System.Net.Http.Json;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// The tool (the whole service on its own SQLite file) with the test platform registered: the outbox sender looks
/// every 0.2 s and retries after 0.2 s, so tests of grade passback do not wait for production's pauses.
/// </summary>
public class LtiFixture : IAsyncLifetime
{
    public static readonly IReadOnlyDictionary<string, string?> FastOutbox = new Dictionary<string, string?>
    {
        ["Lti:PollSeconds"] = "0.2",
        ["Lti:FirstRetrySeconds"] = "0.2",
        ["Lti:MaxRetrySeconds"] = "1",
    };

    public GraderApiFactory Api { get; private set; } = null!;

    public TestPlatform Platform { get; private set; } = null!;

    public int PlatformId { get; private set; }

    public async Task InitializeAsync()
    {
        Api = await GraderApiFactory.StartAsync(settings: FastOutbox);
        Platform = await TestPlatform.StartAsync(() => Api.CreateClient().GetStringAsync("/lti/jwks"));
        PlatformId = await RegisterAsync(Api, Platform);
    }

    public static async Task<int> RegisterAsync(GraderApiFactory api, TestPlatform platform)
    {
        var created = await api.Instructor().PostAsJsonAsync("/lti/platforms", platform.Registration());
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<Grader.Api.Lti.PlatformResponse>(Json.Options))!.Id;
    }

    public LtiBrowser Browser() => new(Api, Platform);

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await Api.DisposeAsync();
    }
}
