using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Grader.Api.Tests;

/// <summary>
/// A throw-away PostgreSQL server from the machine's own binaries (Debian's postgresql package; `.ci/run` installs
/// it): a new cluster in a temporary folder on a free port, trust authentication on loopback only, removed after.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("grader-pg-").FullName;
    private string bin = "";
    private string data = "";
    private bool running;

    public int Port { get; } = FreePort();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true";

    public async Task InitializeAsync()
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb"))) ?? ""
            : "";
        if (bin.Length == 0)
        {
            throw new InvalidOperationException("These tests need PostgreSQL's server programs: apt-get install postgresql (.ci/run does).");
        }

        data = Path.Combine(folder, "data");
        if (Environment.UserName == "root")
        {
            // PostgreSQL refuses to run as root: the cluster belongs to the postgres user the package created.
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        await RunAsPostgresAsync(Path.Combine(bin, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        await StartAsync();
    }

    /// <summary>Starts the server (again, after <see cref="StopAsync"/>) on the same port and data, and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off", "start");
        running = true;
    }

    /// <summary>
    /// Stops the server as an operator's restart or a failover does: a fast shutdown ends every session at once (open
    /// transactions roll back) and refuses new connections until <see cref="StartAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "fast", "-w", "-t", "60", "stop");
        running = false;
    }

    public async Task DisposeAsync()
    {
        if (running)
        {
            await RunAsPostgresAsync(Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static Task RunAsPostgresAsync(params string[] command) =>
        Environment.UserName == "root" ? RunAsync("runuser", ["-u", "postgres", "--", .. command]) : RunAsync(command[0], command[1..]);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
