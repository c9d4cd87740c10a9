using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Api.Tests.Lti;

/// <summary>
/// The ltijs tool (<c>Lti/ltijs/tool.js</c>) as a child process: <c>node tool.js</c> with its settings in the
/// environment, ready once it prints "listening on &lt;url&gt;". Its console is kept for failure messages; disposing
/// kills it.
/// </summary>
public sealed partial class LtijsTool : IAsyncDisposable
{
    public const string ClientId = "ltijs-tool";

    private readonly Process process;
    private readonly StringBuilder console = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LtijsTool(Process process) => this.process = process;

    /// <summary>Where the tool listens (its launch route is <c>/</c>, its login <c>/login</c>, its JWKS <c>/keys</c>).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The folder of tool.js and its package.json (the test project's own folder, recorded at build time).</summary>
    public static string Folder => typeof(LtijsTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "LtijsToolFolder").Value!;

    public static async Task<LtijsTool> StartAsync(PostgresServer postgres, TestPlatform platform)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "ltijs")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "ltijs-sequelize")))
        {
            throw new InvalidOperationException(
                $"The ltijs check needs its npm packages: run `npm ci --prefix {Folder}` (.ci/run does) and run the tests again.");
        }

        var start = new ProcessStartInfo("node", ["tool.js"])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["LTIJS_PG_HOST"] = "127.0.0.1",
                ["LTIJS_PG_PORT"] = postgres.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["LTIJS_PG_DATABASE"] = "postgres",
                ["LTIJS_PG_USER"] = "postgres",
                ["LTIJS_KEY"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
                ["LTIJS_CLIENT_ID"] = ClientId,
                ["LTIJS_PLATFORM_ISSUER"] = platform.Issuer,
                ["LTIJS_PLATFORM_AUTH"] = platform.AuthorizationEndpoint,
                ["LTIJS_PLATFORM_TOKEN"] = platform.TokenEndpoint,
                ["LTIJS_PLATFORM_JWKS"] = platform.JwksUri,
                // The platform names itself localhost but listens on 127.0.0.1 only.
                ["NODE_OPTIONS"] = "--dns-result-order=ipv4first",
            },
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The ltijs check needs Node.js (`node` on the PATH; .ci/run installs it): {error.Message}", error);
        }

        var tool = new LtijsTool(process);
        process.OutputDataReceived += (_, line) => tool.Append(line.Data);
        process.ErrorDataReceived += (_, line) => tool.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Generating its 4096-bit key for the platform and creating its tables take a while on a busy machine.
        var ready = await Task.WhenAny(tool.listening.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        if (ready != tool.listening.Task)
        {
            var why = process.HasExited ? $"ended with {process.ExitCode}" : "did not say it was listening within 2 minutes";
            await tool.DisposeAsync();
            throw new InvalidOperationException($"node tool.js {why}:\n{tool.Console}");
        }

        tool.Url = await tool.listening.Task;
        return tool;
    }

    /// <summary>Everything the tool printed so far.</summary>
    public string Console
    {
        get
        {
            lock (console)
            {
                return console.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (console)
        {
            console.Append(line).Append('\n');
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"^listening on (http://\S+)$")]
    private static partial Regex ListeningOn();
}
