using Grader.Exercises.Running;

namespace Grader.Sandbox.Worker;

/// <summary>
/// What a worker does after every run, before it may serve anyone else: runs the finalizers of what the run dropped,
/// puts torch's process-wide settings back, empties its writable folder, and then proves the result: the canary on
/// the runner thread the next run will use, its console writers still its own and silent, no thread it cannot account
/// for, and its memory within its baseline plus a margin. Any failure is the reason the worker retires.
/// </summary>
internal sealed class Hygiene
{
    /// <summary>Finalizers of a small run take microseconds; one that takes longer is doing something else.</summary>
    private static readonly TimeSpan FinalizerDeadline = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan CanaryDeadline = TimeSpan.FromSeconds(2);

    private readonly Scratch scratch;
    private readonly long marginBytes;
    private readonly (Tripwire Out, Tripwire Error, TextWriter OwnOut, TextWriter OwnError) console;
    private ThreadCensus census = null!;
    private long baselineBytes;

    private Hygiene(Scratch scratch, long marginBytes)
    {
        this.scratch = scratch;
        this.marginBytes = marginBytes;
        console = Tripwire.Install();
    }

    /// <summary>What the worker measured once warm: its memory and its threads, before any snippet ran.</summary>
    public string Baseline => $"{baselineBytes / (1024 * 1024)} MB resident, {census}";

    /// <summary>
    /// Puts the tripwires in place and takes the baselines, after the worker's own warm-up and one pass of the checks
    /// (which start the helper threads they need); throws if a fresh worker already fails them.
    /// </summary>
    public static Hygiene Start(Scratch scratch, long marginBytes)
    {
        var hygiene = new Hygiene(scratch, marginBytes);
        if (hygiene.Clean(checkBaselines: false) is { } problem)
        {
            throw new InvalidOperationException($"A fresh worker fails its own checks: {problem}");
        }

        hygiene.census = ThreadCensus.Take();
        hygiene.baselineBytes = Footprint.ResidentBytes();
        return hygiene;
    }

    /// <summary>Resident memory now, to measure what the worker's own idle warm-up adds (<see cref="CreditWarmup"/>).</summary>
    public static long ResidentBytes() => Footprint.ResidentBytes();

    /// <summary>
    /// Raises the memory baseline by what a batch of the worker's own warm-up runs added (optimized code, Roslyn's
    /// caches: about 70 MB over the 300 idle runs), measured from just before the batch; never by what a student's run
    /// left, which is checked before any warm-up starts. The memory group's limit, fixed when the worker was ready, still
    /// caps everything.
    /// </summary>
    public void CreditWarmup(long residentBeforeBatch)
    {
        var grown = Footprint.ResidentBytes() - residentBeforeBatch;
        if (grown > 0)
        {
            baselineBytes += grown;
        }
    }

    /// <summary>After a run: null when the worker is as it was when warm, else why it must retire.</summary>
    public string? AfterRun() => Clean(checkBaselines: true);

    private string? Clean(bool checkBaselines)
    {
        if (!RunHygiene.DrainFinalizers(FinalizerDeadline))
        {
            return $"finalizers were still running {FinalizerDeadline.TotalMilliseconds} ms after the run";
        }

        RunHygiene.ResetProcess();
        if (scratch.Empty() is { Count: > 0 } left)
        {
            return $"could not empty its writable folder ({left.Count} entries left, e.g. {left[0]})";
        }

        string? canary = null;
        if (!RunnerThread.TryRun(() => canary = Canary.Check(), CanaryDeadline))
        {
            return $"the canary did not finish within {CanaryDeadline.TotalSeconds} s";
        }

        if (canary is not null)
        {
            return $"canary: {canary}";
        }

        if (!ReferenceEquals(Console.Out, console.OwnOut) || !ReferenceEquals(Console.Error, console.OwnError))
        {
            return "Console.Out or Console.Error is no longer the worker's own";
        }

        var stray = console.Out.Chars + console.Error.Chars + RunHygiene.StrayWrites;
        if (stray > 0)
        {
            return $"{stray} characters were written to the console by code outside a run or by a thread other than the run's";
        }

        if (!checkBaselines)
        {
            return null;
        }

        if (census.Strangers() is { } strangers)
        {
            return $"threads it did not start: {strangers}";
        }

        var resident = Footprint.ResidentBytes();
        if (resident > baselineBytes + marginBytes)
        {
            Footprint.ReturnFreedNativeMemory();
            resident = Footprint.ResidentBytes();
        }

        return resident > baselineBytes + marginBytes
            ? $"resident memory {resident / (1024 * 1024)} MB is over its baseline {baselineBytes / (1024 * 1024)} MB + {marginBytes / (1024 * 1024)} MB"
            : null;
    }
}
