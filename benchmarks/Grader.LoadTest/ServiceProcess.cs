using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Grader.LoadTest;

/// <summary>The API as its own process on a free loopback port, with a fresh SQLite file, stopped when disposed.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    private ServiceProcess(Process process, string folder, Uri address)
    {
        this.process = process;
        this.folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public static async Task<ServiceProcess> StartAsync(string token, int workers, int queueCapacity)
    {
        var folder = Directory.CreateTempSubdirectory("grader-load-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "Grader.Api.dll"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Where appsettings.json is, as `dotnet run` or a published service has it.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Grader"] = $"Data Source={Path.Combine(folder, "grader.db")}";
        start.Environment["Auth__BootstrapToken"] = token;
        start.Environment["Sandbox__Workers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Grading__QueueCapacity"] = queueCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A class submitting as fast as it can: the per-student limit is not what this run measures.
        start.Environment["RateLimit__SubmissionBurst"] = "100000";
        start.Environment["RateLimit__SubmissionsPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the service.");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var service = new ServiceProcess(process, folder, address);
        await service.WaitUntilReadyAsync();
        return service;
    }

    /// <summary>Resident memory of the service process (not its workers), in MB.</summary>
    public double ResidentMb()
    {
        process.Refresh();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }

    /// <summary>CPU time the service process (not its workers) has used so far, user and system.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Waits, with no load, until the service's CPU is quiet (<see cref="Settling"/>).</summary>
    public Task<(TimeSpan Waited, TimeSpan Cpu)> SettleAsync() => Settling.UntilQuietAsync(CpuTime);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The service did not become ready within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Echo(string? line)
    {
        if (line is not null)
        {
            Console.WriteLine($"  [service] {line}");
        }
    }
}
