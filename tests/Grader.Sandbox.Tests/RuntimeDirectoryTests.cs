using System.Diagnostics;
using Grader.Sandbox.Workers;

namespace Grader.Sandbox.Tests;

/// <summary>The pools' folders in the temp folder of a machine that several servers share, some of them killed.</summary>
public sealed class RuntimeDirectoryTests
{
    [Fact]
    public async Task A_starting_pool_removes_the_folder_a_killed_server_left_but_not_a_running_servers_or_a_foreign_one()
    {
        using var running = Process.Start("sleep", "60");
        using var ended = Process.Start("true");
        await ended.WaitForExitAsync();
        var alive = Folder($"grader-sandbox-{running.Id}-");
        var dead = Folder($"grader-sandbox-{ended.Id}-");
        var foreign = Folder("grader-sandbox-x"); // as named before process ids were part of the name
        string? created = null;
        try
        {
            created = RuntimeDirectory.Create();

            Assert.False(Directory.Exists(dead), "A killed server's folder was left behind.");
            Assert.True(File.Exists(Path.Combine(alive, "catalog", "exercise.json")), "A running server's folder was touched.");
            Assert.True(File.Exists(Path.Combine(foreign, "catalog", "exercise.json")), "A folder without a process id was removed.");
            Assert.StartsWith($"grader-sandbox-{Environment.ProcessId}-", Path.GetFileName(created), StringComparison.Ordinal);
            Assert.True(Directory.Exists(created));
        }
        finally
        {
            running.Kill();
            foreach (var folder in new[] { alive, dead, foreign, created }.OfType<string>().Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>A runtime folder with something in it, as a pool leaves one (its workers' catalog).</summary>
    private static string Folder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "catalog"));
        File.WriteAllText(Path.Combine(folder, "catalog", "exercise.json"), "{}");
        return folder;
    }
}
