using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Grader.Sandbox.Confinement;

/// <summary>
/// Builds the command line of a worker: a shell that puts itself in the worker's cgroups and then becomes
/// bubblewrap (so nothing runs outside the limits, not even for a moment), which starts the .NET worker with only
/// /usr, the worker's own files, a catalog without reference solutions and its socket folder visible. The worker's
/// writable folder, which it empties after every run, is its own /tmp under bubblewrap; without bubblewrap a folder
/// of its own beside its socket, never the host's /tmp.
/// </summary>
internal sealed class WorkerLauncher(SandboxOptions options, SandboxLayers layers, string workerDll, string workerCatalog)
{
    private const string Nobody = "65534";

    private static readonly string DotnetRoot =
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public ProcessStartInfo StartInfo(string socketPath, WorkerGroups groups, int managedHeapMb)
    {
        var scratch = layers.Bubblewrap ? "/tmp" : Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(socketPath)!, "scratch")).FullName;
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ROOT"] = DotnetRoot,
            ["HOME"] = scratch,
            ["TMPDIR"] = scratch,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            // No debugger or diagnostics IPC endpoint inside the sandbox.
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_gcServer"] = "0",
            // Inside a small memory cgroup the GC would shrink its young generation and collect constantly, which also
            // empties Roslyn's weakly held caches; a fixed 64 MB budget keeps compiles at their warm speed.
            ["DOTNET_GCgen0size"] = "0x4000000",
            // A worker compiles with Roslyn all day: profile-guided tiering adds an instrumented tier that delays
            // optimized code by thousands of submissions. (The worker also warms itself while idle.)
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_GCHeapHardLimit"] = "0x" + ((long)managedHeapMb * 1024 * 1024).ToString("x", CultureInfo.InvariantCulture),
        };
        var dotnet = Path.Combine(DotnetRoot, "dotnet");
        var worker = new List<string>
        {
            dotnet, workerDll, socketPath, layers.Bubblewrap ? "/catalog" : workerCatalog, scratch,
            options.WorkerMemoryMarginMb.ToString(CultureInfo.InvariantCulture),
        };

        var command = layers.Bubblewrap ? [.. Bubblewrap(socketPath, environment), .. worker] : worker;
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(socketPath)!,
        };
        start.ArgumentList.Add("-c");
        // A group the shell cannot join stops the start (fail closed): a worker never runs outside its limits.
        start.ArgumentList.Add("for f in $1; do echo $$ > \"$f\" || { echo \"cannot join cgroup $f\" >&2; exit 97; }; done; shift; exec \"$@\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(string.Join(' ', groups.ProcessFiles));
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = "/usr/bin:/bin";
        if (!layers.Bubblewrap)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        return start;
    }

    private IEnumerable<string> Bubblewrap(string socketPath, Dictionary<string, string> environment)
    {
        var workerDirectory = Path.GetDirectoryName(workerDll)!;
        var arguments = new List<string>
        {
            // No --die-with-parent: its signal follows the thread that started bwrap (a pool thread that may retire),
            // not the server. A worker ends when its socket closes, and the server kills it on shutdown.
            "bwrap", "--unshare-all", "--new-session", "--hostname", "sandbox",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
        };
        if (!DotnetRoot.StartsWith("/usr/", StringComparison.Ordinal))
        {
            arguments.AddRange(["--ro-bind", DotnetRoot, DotnetRoot]);
        }

        arguments.AddRange(["--ro-bind", workerDirectory, workerDirectory]);
        if (Directory.Exists(Path.Combine(workerDirectory, "catalog")))
        {
            // The build copies the full catalog next to the worker; its reference solutions stay out of reach.
            arguments.AddRange(["--tmpfs", Path.Combine(workerDirectory, "catalog")]);
        }

        var channel = Path.GetDirectoryName(socketPath)!;
        arguments.AddRange([
            "--ro-bind", workerCatalog, "/catalog",
            // After --tmpfs /tmp, which would otherwise hide the socket's folder.
            "--bind", channel, channel,
            "--uid", Nobody, "--gid", Nobody,
            "--clearenv",
        ]);
        foreach (var (key, value) in environment)
        {
            arguments.AddRange(["--setenv", key, value]);
        }

        arguments.AddRange(["--chdir", "/tmp", "--"]);
        return arguments;
    }

    /// <summary>Whether bubblewrap runs on this host (it needs unprivileged user namespaces or root).</summary>
    public static bool BubblewrapWorks()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("bwrap", ["--unshare-all", "--ro-bind", "/", "/", "true"])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (probe is null || !probe.WaitForExit(10_000))
            {
                return false;
            }

            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    internal SandboxOptions Options => options;
}
