using System.Diagnostics;
using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

/// <summary>Compiles a student's snippet for an exercise and runs it on the cases of a seed. Untrusted: sandbox only.</summary>
public static class SnippetRunner
{
    public static SnippetRun Run(Exercise exercise, string code, int seed, SnippetCompiler? compiler = null)
    {
        var clock = Stopwatch.StartNew();
        var outcome = (compiler ?? SnippetCompiler.Shared).Compile(code, exercise.Forbidden);
        var compileMs = clock.Elapsed.TotalMilliseconds;
        if (outcome.Snippet is not { } snippet)
        {
            return new SnippetRun(outcome.Diagnostics, outcome.Forbidden, null, [], compileMs, 0);
        }

        using (snippet)
        {
            if (EntryPoints.Find(snippet, exercise.EntryPoint, exercise.Parameters) is not { } entryPoint)
            {
                var problem = EntryPoints.Problem(snippet, exercise.EntryPoint, exercise.Signature);
                return new SnippetRun(outcome.Diagnostics, [], problem, [], compileMs, 0);
            }

            clock.Restart();
            var cases = CaseRunner.Run(snippet, entryPoint, exercise.Cases(seed), exercise.Limits);
            return new SnippetRun(outcome.Diagnostics, [], null, cases, compileMs, clock.Elapsed.TotalMilliseconds);
        }
    }
}
