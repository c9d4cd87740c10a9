namespace Grader.Exercises.Compiling;

/// <summary>What compiling a snippet gave: a loaded snippet, or the errors and forbidden uses that stopped it.</summary>
public sealed record CompileOutcome(
    CompiledSnippet? Snippet,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<ForbiddenUse> Forbidden)
{
    public IEnumerable<CompileDiagnostic> Errors => Diagnostics.Where(d => d.Severity == "Error");
}
