namespace Grader.Exercises.Catalog;

/// <summary>
/// What one submission of an exercise may spend: wall-clock time for all its cases, processor time (all threads of
/// the process, by default twice the wall-clock time), memory, output.
/// </summary>
public sealed record Limits(int TimeMs = 2000, int MemoryMb = 256, int OutputKb = 64, int? CpuMs = null)
{
    public static Limits Default { get; } = new();

    /// <summary>
    /// Processor time for all cases: <see cref="CpuMs"/>, or twice the wall-clock limit when none is set. The
    /// runtime's own threads (JIT, garbage collector) run beside a snippet, so even a single-threaded one may use
    /// more processor time than wall-clock time; the budget stops what uses several cores, not that.
    /// </summary>
    public int CpuBudgetMs => CpuMs ?? 2 * TimeMs;
}
