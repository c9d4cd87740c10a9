namespace Grader.Exercises.Catalog;

/// <summary>What one submission of an exercise may spend: wall-clock time for all its cases, memory, output.</summary>
public sealed record Limits(int TimeMs = 2000, int MemoryMb = 256, int OutputKb = 64)
{
    public static Limits Default { get; } = new();
}
