using Grader.Exercises.Compiling;

namespace Grader.Exercises.Grading;

/// <summary>
/// The grade of one submission as students, TAs and the LMS see it. Hidden cases carry a name, a verdict, points and
/// (when failed) a hint, never their inputs, expected values or the student's output on them.
/// </summary>
public sealed record GradeReport(
    string ExerciseId,
    string CatalogVersion,
    int Seed,
    Verdict Verdict,
    int Score,
    int MaxScore,
    LocalizedText Summary,
    IReadOnlyList<CompileDiagnostic> Diagnostics,
    IReadOnlyList<ForbiddenUse> Forbidden,
    IReadOnlyList<CaseResult> Cases,
    double CompileMs,
    double RunMs);

/// <param name="Input">How the input is written (visible cases only).</param>
/// <param name="Expected">The expected result or output (visible cases only).</param>
/// <param name="Actual">What the snippet returned (visible cases only).</param>
/// <param name="Output">What the snippet printed (visible cases only).</param>
/// <param name="Misconception">The id of a recognised mistake, when one was.</param>
public sealed record CaseResult(
    int Index,
    LocalizedText Name,
    bool Visible,
    Verdict Verdict,
    int Points,
    int MaxPoints,
    LocalizedText? Message,
    LocalizedText? Hint,
    string? Misconception,
    string? Input,
    string? Expected,
    string? Actual,
    string? Output,
    double ElapsedMs);
