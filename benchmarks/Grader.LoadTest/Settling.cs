using System.Diagnostics;

namespace Grader.LoadTest;

/// <summary>
/// A fresh .NET process keeps recompiling its hot methods at a higher tier in the background for seconds after its
/// first load (the catalog's Roslyn compile at start makes thousands hot), competing with what is measured. Timing
/// starts once that is over, in the service and in the sandbox-only baseline alike.
/// </summary>
internal static class Settling
{
    /// <summary>
    /// Waits, with no load, until <paramref name="cpuTime"/> grows by less than a tenth of a core for two seconds in a
    /// row, at most three minutes.
    /// </summary>
    public static async Task<(TimeSpan Waited, TimeSpan Cpu)> UntilQuietAsync(Func<TimeSpan> cpuTime)
    {
        var clock = Stopwatch.StartNew();
        var start = cpuTime();
        var last = start;
        var quiet = 0;
        while (quiet < 2 && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = cpuTime();
            quiet = now - last < TimeSpan.FromMilliseconds(100) ? quiet + 1 : 0;
            last = now;
        }

        return (clock.Elapsed, last - start);
    }

    /// <summary>This process's CPU time so far.</summary>
    public static TimeSpan OwnCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
