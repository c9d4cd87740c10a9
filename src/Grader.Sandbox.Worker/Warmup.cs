using Grader.Exercises.Running;

namespace Grader.Sandbox.Worker;

internal static class Warmup
{
    /// <summary>The exercise whose starter warms a new worker (any exercise would do).</summary>
    private const string WarmupExercise = "cumsum";

    /// <summary>Runs while the worker is idle, until Roslyn's hot paths are optimized code.</summary>
    public const int IdleRuns = 300;

    /// <summary>Compiles and runs one starter, so the first student does not pay for Roslyn's and the runner's first JIT.</summary>
    public static void Run(ExerciseCache catalog, int seed = 0)
    {
        var exercise = catalog.Find(WarmupExercise) ?? throw new InvalidOperationException($"The catalog has no {WarmupExercise}.");
        SnippetRunner.Run(exercise, exercise.Starter.En, seed);
    }

}
