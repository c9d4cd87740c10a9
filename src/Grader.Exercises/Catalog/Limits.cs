namespace Grader.Exercises.Catalog;

/// <summary>
/// What one submission of an exercise may spend: wall-clock time for all its cases, processor time (all threads,
/// by default as much as the wall-clock time), memory, output.
/// </summary>
public sealed record Limits(int TimeMs = 2000, int MemoryMb = 256, int OutputKb = 64, int? CpuMs = null)
{
    public static Limits Default { get; } = new();

    /// <summary>Processor time for all cases: <see cref="CpuMs"/>, or the wall-clock limit when none is set.</summary>
    public int CpuBudgetMs => CpuMs ?? TimeMs;
}
