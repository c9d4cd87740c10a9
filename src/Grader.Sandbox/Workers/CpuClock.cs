using System.Globalization;
using Grader.Sandbox.Confinement;

namespace Grader.Sandbox.Workers;

/// <summary>
/// The CPU time (user + system, every thread) a worker's processes have used, from /proc/&lt;pid&gt;/stat. The
/// processes are those of the worker's cgroup when there is one (bubblewrap, its init and the .NET worker), else the
/// worker's first process and its descendants. A worker that burns CPU faster than the wall clock runs (several busy
/// threads) is stopped by this deadline before the wall-clock one.
/// </summary>
internal sealed class CpuClock(WorkerGroups groups, int rootProcessId)
{
    /// <summary>Linux reports times in USER_HZ ticks, 100 a second on every architecture .NET runs on.</summary>
    private const double MillisecondsPerTick = 10;

    public double TotalMs()
    {
        var ticks = 0L;
        foreach (var pid in Processes())
        {
            ticks += Ticks(pid);
        }

        return ticks * MillisecondsPerTick;
    }

    private IEnumerable<int> Processes()
    {
        if (groups.ProcessFiles.FirstOrDefault() is { } procs && TryRead(procs) is { } listed)
        {
            return listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => int.Parse(line, CultureInfo.InvariantCulture));
        }

        return Descendants(rootProcessId).Prepend(rootProcessId);
    }

    private static IEnumerable<int> Descendants(int pid)
    {
        foreach (var task in SafeDirectories($"/proc/{pid}/task"))
        {
            foreach (var child in (TryRead(Path.Combine(task, "children")) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var childPid = int.Parse(child, CultureInfo.InvariantCulture);
                yield return childPid;
                foreach (var grandchild in Descendants(childPid))
                {
                    yield return grandchild;
                }
            }
        }
    }

    /// <summary>utime + stime: fields 14 and 15 of /proc/&lt;pid&gt;/stat, counted after the command name's closing parenthesis.</summary>
    private static long Ticks(int pid)
    {
        var stat = TryRead($"/proc/{pid}/stat");
        var end = stat?.LastIndexOf(')') ?? -1;
        if (end < 0)
        {
            return 0;
        }

        var fields = stat![(end + 2)..].Split(' ');
        return fields.Length > 12
            ? long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
            : 0;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process ended between listing and reading.
            return null;
        }
    }

    private static string[] SafeDirectories(string path)
    {
        try
        {
            return Directory.GetDirectories(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
