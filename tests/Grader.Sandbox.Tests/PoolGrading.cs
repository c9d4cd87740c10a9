using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

/// <summary>What a grader node does with the pool's raw runs: judge them against the reference (here, in-process).</summary>
internal static class PoolGrading
{
    public static async Task<GradeReport> GradeAsync(this SandboxPool pool, string exerciseId, string code, int seed, CancellationToken cancellationToken)
    {
        var run = await pool.RunAsync(exerciseId, code, seed, cancellationToken);
        return LocalGrader.JudgeRun(pool.Catalog.Find(exerciseId)!, seed, run);
    }
}
