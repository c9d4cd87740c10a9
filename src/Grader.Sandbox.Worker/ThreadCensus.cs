using System.Globalization;
using Runner = Grader.Exercises.Running.RunnerThread;

namespace Grader.Sandbox.Worker;

/// <summary>
/// The worker's threads, from /proc/self/task, against those it had when it was ready. A new thread is accepted only
/// if it is one the runtime starts and retires on its own, by the name .NET gives it and up to the number seen on a
/// warm worker, or a runner thread up to the number the runner keeps alive. A thread a snippet started inherits its
/// creator's name, "snippet", and is one runner too many; anything else is unexplained.
/// </summary>
/// <remarks>
/// Measured on the dev machine over 1,600 runs: ready with 10 threads ('dotnet', '.NET SynchManag', '.NET Finalizer',
/// '.NET Tiered Com', '.NET TP Gate', 3 '.NET TP Worker', 'snippet', 'finalizer-wait'); later '.NET Sockets' (the
/// socket engine, once) and up to 5 '.NET TP Worker' (the host channel's awaits). No GC thread: workstation,
/// non-concurrent GC.
/// </remarks>
internal sealed class ThreadCensus
{
    /// <summary>The runtime's threads that may appear after the baseline, and at most how many of each in all (names as Linux keeps them: 15 characters).</summary>
    private static readonly Dictionary<string, int> RuntimeOwn = new()
    {
        [".NET TP Worker"] = 8,
        [".NET Tiered Com"] = 1,
        [".NET Sockets"] = 1,
    };

    private readonly Dictionary<int, string> baseline;
    private readonly string described;

    private ThreadCensus(IReadOnlyList<(int Id, string Name)> threads)
    {
        baseline = threads.ToDictionary(t => t.Id, t => t.Name);
        described = $"{threads.Count} threads ({string.Join(", ", threads.GroupBy(t => t.Name).Select(g => g.Count() == 1 ? $"'{g.Key}'" : $"{g.Count()} '{g.Key}'"))})";
    }

    /// <summary>Takes the census now, as the baseline.</summary>
    public static ThreadCensus Take() => new(Threads());

    public override string ToString() => described;

    /// <summary>Threads the worker cannot account for, described; null when there are none.</summary>
    public string? Strangers()
    {
        // A runner thread that just retired may still be listed for an instant after its loop ended.
        string? found = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            found = Describe(Threads(baseline));
            if (found is null)
            {
                return null;
            }

            #pragma warning disable RS0030 // a synchronous check between runs in the worker, where nothing else waits for the thread
            Thread.Sleep(2);
            #pragma warning restore RS0030
        }

        return found;
    }

    private string? Describe(IReadOnlyList<(int Id, string Name)> threads)
    {
        if (threads.All(t => baseline.ContainsKey(t.Id)))
        {
            return null;
        }

        var strangers = threads
            .Where(t => !baseline.ContainsKey(t.Id) && t.Name != Runner.Name && !RuntimeOwn.ContainsKey(t.Name))
            .Select(t => $"{t.Id} '{t.Name}'")
            .ToList();
        foreach (var (name, most) in RuntimeOwn.Append(new(Runner.Name, Runner.Live)))
        {
            var count = threads.Count(t => t.Name == name);
            if (count > most)
            {
                strangers.Add($"{count} threads named '{name}' (at most {most} expected)");
            }
        }

        return strangers.Count == 0 ? null : string.Join(", ", strangers);
    }

    /// <summary>Every thread with its name; <paramref name="known"/>'s names are not read (a file each, after every run).</summary>
    private static List<(int Id, string Name)> Threads(IReadOnlyDictionary<int, string>? known = null)
    {
        var threads = new List<(int, string)>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var id = int.Parse(Path.GetFileName(task), CultureInfo.InvariantCulture);
                threads.Add((id, known?.GetValueOrDefault(id) ?? File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n')));
            }
            catch (IOException)
            {
                // The thread ended between listing and reading: it is not there.
            }
        }

        return threads;
    }
}
