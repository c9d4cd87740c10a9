using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

/// <summary>
/// Everything a run of a student's snippet produced, as raw data: the compiler's diagnostics, forbidden uses, a
/// missing entry point, and each case's result. The verdict is decided from this elsewhere (<see cref="Checking.Judge"/>),
/// so nothing inside the run can declare itself correct.
/// </summary>
public sealed record SnippetRun(
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<ForbiddenUse> Forbidden,
    LocalizedText? EntryPointProblem,
    IReadOnlyList<CaseRun> Cases,
    double CompileMs,
    double RunMs)
{
    /// <summary>Set when the run was stopped before any case started (e.g. a compiler bomb hit the deadline).</summary>
    public CaseRun? StoppedBeforeCases { get; init; }
}
