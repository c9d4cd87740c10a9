using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Grader.Api.Grading;
using Grader.Api.Users;

namespace Grader.Api.Tests;

/// <summary>
/// The built service as a process of its own, the way a deployment runs one node: <c>dotnet Grader.Api.dll</c> from
/// this test's output folder (the project reference puts the service there with its catalog, its appsettings.json and
/// the sandbox worker), configured by environment variables, on a loopback port Kestrel chooses. Its console is kept for
/// failure messages. Disposing stops it (SIGTERM, then SIGKILL to the whole tree if it does not end).
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly StringBuilder log = new();
    private volatile Uri? address;

    private ServiceProcess(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var folder = AppContext.BaseDirectory;
        var program = Path.Combine(folder, "Grader.Api.dll");
        foreach (var needed in new[] { program, Path.Combine(folder, "Grader.Sandbox.Worker.dll"), Path.Combine(folder, "catalog", "cumsum") })
        {
            if (!Path.Exists(needed))
            {
                throw new InvalidOperationException($"{needed} is missing: the test's output folder should hold the built service (build the solution first).");
            }
        }

        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host, [program])
        {
            // The content root: appsettings.json is read from here.
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Port 0: Kestrel takes a free port and says which (no race with other tests for a port chosen here).
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        // One line per message with a timestamp, so that a failure message shows what happened when.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Add($"started pid {process.Id}");
    }

    public string Name { get; }

    /// <summary>Where it listens, once it said so.</summary>
    public Uri Address => address ?? throw new InvalidOperationException($"{Name} has not said where it listens yet.");

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Processor time the service's own process used so far (its sandbox workers not included).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the service; call <see cref="WaitUntilReadyAsync"/> before using it.</summary>
    public static ServiceProcess Start(string name, IReadOnlyDictionary<string, string> settings) => new(name, settings);

    /// <summary>The nodes' Grading:LeaseSeconds: the shortest the service allows.</summary>
    public const int TestLeaseSeconds = 10;

    /// <summary>
    /// Starts one node of a service split into roles on PostgreSQL. The node's name is its connections'
    /// Application Name, so the database can tell the nodes apart (<see cref="QueueObserver"/>). One worker per
    /// grader, and leases short enough that a dead grader's claims are taken over within seconds.
    /// </summary>
    public static ServiceProcess StartNode(string name, GradingRole role, string connectionString) => new(name, new Dictionary<string, string>
    {
        ["Grading:Role"] = role.ToString(),
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Grader"] = $"{connectionString};Application Name={name}",
        ["Auth:BootstrapToken"] = GraderApiFactory.InstructorToken,
        ["Sandbox:Workers"] = "1",
        ["Grading:LeaseSeconds"] = TestLeaseSeconds.ToString(CultureInfo.InvariantCulture),
        ["Grading:QueueCapacity"] = "100000",
        ["RateLimit:SubmissionBurst"] = "100000",
        ["RateLimit:SubmissionsPerMinute"] = "100000",
    });

    /// <summary>Polls <c>/health/ready</c> until it answers 200; fails with the console if the process ends first.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromMinutes(3));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} before it was ready.\n{Log()}");
            }

            try
            {
                if (address is { } listening && (await client.GetAsync(new Uri(listening, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    Add("ready");
                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not ready within {within ?? TimeSpan.FromMinutes(3)}.\n{Log()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Waits for the process to end by itself (a start that must fail).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} was still running after {within}.\n{Log()}");
        }

        return process.ExitCode;
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(100) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A new student, made with the bootstrap instructor's token, and a client carrying a token of theirs.</summary>
    public async Task<HttpClient> NewStudentAsync(string userName)
    {
        using var instructor = Client(GraderApiFactory.InstructorToken);
        var created = await instructor.PostAsJsonAsync("/users", new { userName, displayName = userName, role = "student" });
        created.EnsureSuccessStatusCode();
        var user = (await created.Content.ReadFromJsonAsync<UserResponse>(Json.Options))!;
        var issued = await instructor.PostAsJsonAsync($"/users/{user.Id}/tokens", new { name = "tests" });
        issued.EnsureSuccessStatusCode();
        return Client((await issued.Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!.Token);
    }

    /// <summary>
    /// The process's own descendants now (the sandbox's bubblewrap and worker processes), found through each
    /// process's parent in /proc: after the service dies they are re-parented and can no longer be found this way.
    /// </summary>
    public IReadOnlyList<int> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(entry), CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([process.Id]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (child, _) in parents.Where(p => p.Value == parent))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Whether a process exists and has not ended (a zombie nobody reaped has ended).</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>The lines of /proc/&lt;pid&gt;/maps: every file the process has mapped (native libraries included).</summary>
    public string[] MemoryMaps() => File.ReadAllLines($"/proc/{process.Id}/maps");

    /// <summary>Sends a signal by name (STOP, CONT, TERM) to this process alone.</summary>
    public async Task SignalAsync(string signal) => Assert.Equal(0, await SendAsync(signal));

    /// <summary>SIGKILL to this process alone, as a crash or an out-of-memory kill would end it.</summary>
    public async Task KillAsync()
    {
        Add("killed by the test (SIGKILL)");
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>The console so far (or only its warnings and errors), with the process's name on every line.</summary>
    public string Log(int lastLines = 200, bool warningsOnly = false)
    {
        lock (log)
        {
            var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !warningsOnly || line.Contains(" warn: ", StringComparison.Ordinal) || line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal));
            return string.Join('\n', lines.TakeLast(lastLines).Select(line => $"[{Name}] {line}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                // SIGTERM first: the service gives back its claims and ends its workers (and their cgroups) itself.
                // (A process the test froze gets SIGCONT too, or it could not act on SIGTERM.)
                await SendAsync("CONT");
                await SendAsync("TERM");

                using var grace = new CancellationTokenSource(StopGrace);
                try
                {
                    await process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (address is null && ListeningOn().Match(line) is { Success: true } listening)
        {
            address = new Uri(listening.Groups[1].Value);
        }

        lock (log)
        {
            log.Append(line).Append('\n');
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    private async Task<int> SendAsync(string signal)
    {
        Add($"SIG{signal} from the test");
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        return kill.ExitCode;
    }

    private void Add(string note) => Append($"{DateTime.Now:HH:mm:ss.fff} [test] {note}");

    private static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": the name may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>
/// Tests that run the service as several processes run alone, after the others: each starts services with workers
/// of their own, and the scale test measures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceProcessCollection
{
    public const string Name = "service processes";
}
