using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests;

/// <summary>The service with its log lines kept in <see cref="Logs"/>, for tests that check what it logged.</summary>
public class LoggedApiFactory(string? databaseFile = null, IReadOnlyDictionary<string, string?>? settings = null)
    : GraderApiFactory(databaseFile, settings)
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    /// <summary>Waits until a line matching <paramref name="match"/> is logged.</summary>
    public async Task<CapturedLogs.Line> WaitForLogAsync(Func<CapturedLogs.Line, bool> match, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (Logs.Lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            Assert.True(DateTime.UtcNow < deadline, "The expected log line did not come.");
            await Task.Delay(100);
        }
    }
}
