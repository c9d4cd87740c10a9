using System.Diagnostics;
using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Running;

/// <summary>Compiles a student's snippet for an exercise and runs it on the cases of a seed. Untrusted: sandbox only.</summary>
public static class SnippetRunner
{
    public static SnippetRun Run(Exercise exercise, string code, int seed, RunObserver? observer = null) =>
        RunAndTrack(exercise, code, seed, observer).Run;

    /// <summary>As <see cref="Run"/>, also giving the snippet's load context, to prove it was collected.</summary>
    /// <param name="observer">Told about each case as it starts and ends, so a watchdog can name the one that hangs.</param>
    public static (SnippetRun Run, WeakReference? Context) RunAndTrack(Exercise exercise, string code, int seed, RunObserver? observer = null)
    {
        var clock = Stopwatch.StartNew();
        var outcome = SnippetCompiler.Shared.Compile(code, exercise.Forbidden, allowed: SnippetPolicy.Allowlist);
        var compileMs = clock.Elapsed.TotalMilliseconds;
        if (outcome.Snippet is not { } snippet)
        {
            return (new SnippetRun(outcome.Diagnostics, outcome.Forbidden, null, [], compileMs, 0), null);
        }

        using (snippet)
        {
            if (EntryPoints.Find(snippet, exercise.EntryPoint, exercise.Parameters, exercise.ReturnType) is not { } entryPoint)
            {
                // Part of compiling: the student learns the signature before any case runs, at their method's line.
                var mismatch = EntryPointSignature.Mismatch(snippet, code, exercise.EntryPoint, exercise.Signature, exercise.Parameters);
                return (new SnippetRun([.. outcome.Diagnostics, mismatch], [], mismatch.Message, [], compileMs, 0), snippet.ContextReference);
            }

            clock.Restart();
            var cases = CaseRunner.Run(snippet, entryPoint, exercise.Cases(seed), exercise.Limits, observer: observer);
            return (new SnippetRun(outcome.Diagnostics, [], null, cases, compileMs, clock.Elapsed.TotalMilliseconds), snippet.ContextReference);
        }
    }
}
