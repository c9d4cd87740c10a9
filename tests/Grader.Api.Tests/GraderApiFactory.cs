using System.Net.Http.Headers;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Grader.Api.Tests;

/// <summary>
/// The whole service as it runs in production: the real HTTP pipeline, a real SQLite file, the real worker pool
/// under bubblewrap. Settings can be changed per factory; the database file can be shared to simulate a restart.
/// </summary>
public class GraderApiFactory(string? databaseFile = null, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string InstructorToken = "grd_test-instructor-token";

    private readonly string? ownFolder = databaseFile is null ? Directory.CreateTempSubdirectory("grader-api-tests-").FullName : null;
    private int students;

    public string DatabaseFile => databaseFile ?? Path.Combine(ownFolder!, "grader.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Grader", $"Data Source={DatabaseFile}");
        builder.UseSetting("Auth:BootstrapToken", InstructorToken);
        builder.UseSetting("Sandbox:Workers", "2");
        builder.UseSetting("Sandbox:CompileAllowanceMs", "4000");
        builder.UseSetting("RateLimit:SubmissionBurst", "1000");
        builder.UseSetting("RateLimit:SubmissionsPerMinute", "1000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A service of its own for one test, started and ready.</summary>
    public static async Task<GraderApiFactory> StartAsync(string? databaseFile = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var factory = new GraderApiFactory(databaseFile, settings);
        await factory.InitializeAsync();
        return factory;
    }

    /// <summary>Starts the service and waits until it is ready (database migrated, workers up).</summary>
    public async Task InitializeAsync()
    {
        var client = CreateClient();
        for (var i = 0; i < 1200; i++)
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == System.Net.HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The service was not ready within 120 s.");
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);

        // A database file given by the test (a restart test shares one between two services) is the test's to delete.
        if (ownFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(ownFolder, recursive: true);
        }
    }


    public HttpClient ClientWithToken(string token, string? language = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public HttpClient Instructor() => ClientWithToken(InstructorToken);

    /// <summary>A new user of the given role, created through the API, and a client carrying a token of theirs.</summary>
    public async Task<(HttpClient Client, string UserName, int Id)> NewUserAsync(string role = "student", string? language = null)
    {
        var userName = $"{role}{Interlocked.Increment(ref students)}-{Guid.NewGuid():N}"[..24];
        var instructor = Instructor();
        var created = await instructor.PostAsJsonAsync("/users", new { userName, displayName = $"Test {userName}", role });
        created.EnsureSuccessStatusCode();
        var user = (await created.Content.ReadFromJsonAsync<UserResponse>(Json.Options))!;
        var issued = await instructor.PostAsJsonAsync($"/users/{user.Id}/tokens", new { name = "tests" });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!;
        return (ClientWithToken(token.Token, language), userName, user.Id);
    }

    /// <summary>Direct access to the database file, for checks and for simulating crashes.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<GraderDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GraderDb>());
    }

    public static SqliteGraderDb OpenDatabase(string file) =>
        new(new DbContextOptionsBuilder<SqliteGraderDb>().UseSqlite($"Data Source={file}").Options);
}

/// <summary>The factory most tests share (one pool for the collection).</summary>
public sealed class SharedApi() : GraderApiFactory();

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<SharedApi>
{
    public const string Name = "api";
}
