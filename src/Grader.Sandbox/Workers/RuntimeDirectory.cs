using Grader.Sandbox.Confinement;

namespace Grader.Sandbox.Workers;

/// <summary>
/// A pool's folder when none is configured: grader-sandbox-&lt;pid&gt;-&lt;random&gt; in the temp folder, holding the
/// workers' catalog, sockets and writable folders. A pool removes it when it stops; a server that was killed (a
/// grader taken down with SIGKILL, a crash, the OOM killer) cannot, so a starting pool first removes the folders of
/// servers that no longer run, as it does their worker groups, and never those of a running one.
/// </summary>
internal static class RuntimeDirectory
{
    private const string Prefix = "grader-sandbox-";

    public static string Create()
    {
        RemoveLeftBehind(Path.GetTempPath());
        return Directory.CreateTempSubdirectory($"{Prefix}{Environment.ProcessId}-").FullName;
    }

    private static void RemoveLeftBehind(string temp)
    {
        foreach (var folder in Directory.GetDirectories(temp, Prefix + "*"))
        {
            // grader-sandbox-<pid>-<random>; a name without a process id is not this program's to judge.
            var owner = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (!DeadServers.Ended(owner))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another starting pool removed it first, or a file cannot go: left for the temp folder's clean-up.
            }
        }
    }
}
