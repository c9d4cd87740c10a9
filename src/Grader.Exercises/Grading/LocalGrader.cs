using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;
using Grader.Exercises.Running;

namespace Grader.Exercises.Grading;

/// <summary>
/// Runs and judges a snippet in the current process. For trusted code and for this library's tests and
/// benchmarks; the server grades untrusted code through the sandbox, which runs <see cref="SnippetRunner"/> in a
/// worker process and <see cref="Judge"/> on the host.
/// </summary>
public static class LocalGrader
{
    public static GradeReport Grade(Exercise exercise, string code, int seed) =>
        Judge.Decide(exercise, seed, SnippetRunner.Run(exercise, code, seed));
}
