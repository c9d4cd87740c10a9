using Grader.Exercises.Running;

namespace Grader.Sandbox.Worker;

internal static class Warmup
{
    /// <summary>The exercise whose starter warms a new worker (any exercise would do).</summary>
    private const string WarmupExercise = "cumsum";

    /// <summary>Compiles and runs one starter, so the first student does not pay for Roslyn's and the runner's first JIT.</summary>
    public static void Run(ExerciseCache catalog)
    {
        var exercise = catalog.Find(WarmupExercise) ?? throw new InvalidOperationException($"The catalog has no {WarmupExercise}.");
        SnippetRunner.Run(exercise, exercise.Starter, seed: 0);
    }

}
