using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;
using Grader.Exercises.Running;

namespace Grader.Exercises.Grading;

/// <summary>
/// Runs and judges a snippet in the current process, with the reference's results cached in the exercise. For
/// trusted code and for this library's tests and benchmarks; the server grades untrusted code through the sandbox,
/// which runs <see cref="SnippetRunner"/> in a worker process, and judges on the grader's side with reference results
/// it stores (Grader.Api's ReferenceResults).
/// </summary>
public static class LocalGrader
{
    public static GradeReport Grade(Exercise exercise, string code, int seed) =>
        JudgeRun(exercise, seed, SnippetRunner.Run(exercise, code, seed));

    /// <summary>Judges a run made elsewhere (a sandbox worker's) against the reference's results in this process.</summary>
    public static GradeReport JudgeRun(Exercise exercise, int seed, SnippetRun run) =>
        Judge.Decide(exercise, seed, run, exercise.Expected(seed));
}
