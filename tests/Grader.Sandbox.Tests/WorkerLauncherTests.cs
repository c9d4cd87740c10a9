using System.Diagnostics;
using Grader.Sandbox.Confinement;

namespace Grader.Sandbox.Tests;

/// <summary>The worker's first process joins its groups before it becomes the worker, or the start fails.</summary>
public sealed class WorkerLauncherTests
{
    [Fact]
    public async Task A_worker_whose_group_cannot_be_joined_never_starts()
    {
        var folder = Directory.CreateTempSubdirectory("grader-launch-").FullName;
        try
        {
            // A file the shell can write stands in for a group it may join; a folder that does not exist for one it may not.
            var joinable = Directory.CreateDirectory(Path.Combine(folder, "joinable")).FullName;
            File.WriteAllText(Path.Combine(joinable, "cgroup.procs"), "");
            var launcher = new WorkerLauncher(new SandboxOptions { UseBubblewrap = false }, new SandboxLayers(false, null, false), Path.Combine(folder, "missing-worker.dll"), folder);

            var (refusedCode, refusedError) = await RunAsync(launcher.StartInfo(Path.Combine(folder, "w.sock"), new WorkerGroups(Path.Combine(folder, "absent"), null, "v2"), 64));
            var (joinedCode, _) = await RunAsync(launcher.StartInfo(Path.Combine(folder, "w.sock"), new WorkerGroups(joinable, null, "v2"), 64));

            Assert.Equal(97, refusedCode);
            Assert.Contains("cannot join cgroup", refusedError, StringComparison.Ordinal);
            // Joined: the shell wrote its process id, then became the (here missing) worker, which fails otherwise.
            Assert.NotEqual(97, joinedCode);
            Assert.Matches("^[0-9]+\n$", File.ReadAllText(Path.Combine(joinable, "cgroup.procs")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Error)> RunAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
