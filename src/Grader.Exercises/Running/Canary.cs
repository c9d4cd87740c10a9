using System.Globalization;
using TorchSharp;

namespace Grader.Exercises.Running;

/// <summary>
/// A fixed small computation, with autograd and the random generator, whose exact results and whose surroundings
/// (grad on, inference mode off, no open dispose scope, float32 by default, one thread, invariant culture, TorchSharp's
/// assignable static fields untouched) are those of
/// a fresh worker. Run on the runner thread the next run will use, after <see cref="RunHygiene"/>: a worker whose
/// canary fails must not grade anyone else.
/// </summary>
public static class Canary
{
    /// <summary>torch.rand(3) right after manual_seed(<see cref="RunHygiene.Seed"/>): libtorch's CPU generator is deterministic.</summary>
    private static readonly float[] SeededRandom = Seeded();

    /// <summary>Interop threads cannot be changed once libtorch has run parallel work; whatever the process began with must stay.</summary>
    private static readonly int InteropThreads = torch.get_num_interop_threads();

    /// <summary>What differs from a fresh worker, or null when nothing does. Leaves the generator seeded as a run expects.</summary>
    public static string? Check()
    {
        var problems = new List<string>();

        // The description is only made when something is wrong: the canary runs after every run.
        void Expect(bool holds, Func<string> problem)
        {
            if (!holds)
            {
                problems.Add(problem());
            }
        }

        Expect(torch.is_grad_enabled(), () => "grad mode is off");
        Expect(!torch.is_inference_mode_enabled(), () => "inference mode is on");
        Expect(torch.CurrentDisposeScope is null, () => "a dispose scope is open");
        Expect(torch.get_default_dtype() == torch.ScalarType.Float32, () => $"the default dtype is {torch.get_default_dtype()}");
        Expect(torch.get_num_threads() == RunHygiene.TorchThreads, () => $"torch uses {torch.get_num_threads()} threads");
        Expect(torch.get_num_interop_threads() == InteropThreads, () => $"torch uses {torch.get_num_interop_threads()} interop threads");
        Expect(!AnomalyMode.IsEnabled, () => "anomaly detection is on");
        Expect(Equals(CultureInfo.CurrentCulture, CultureInfo.InvariantCulture), () => $"the culture is '{CultureInfo.CurrentCulture.Name}'");
        Expect(LibraryStatics.Changed() is null, () => $"TorchSharp's static field {LibraryStatics.Changed()} was assigned");

        using (torch.NewDisposeScope())
        {
            // y = sum(x²) at x = [1, 2, 3]: 14, and dy/dx = 2x = [2, 4, 6], all exact in float32.
            var x = torch.tensor(new float[] { 1, 2, 3 }, requires_grad: true);
            var y = (x * x).sum();
            y.backward();
            Expect(y.dtype == torch.ScalarType.Float32 && y.item<float>() == 14f, () => $"sum(x*x) gave {y.ToString(TensorStringStyle.Numpy)} ({y.dtype})");
            Expect(x.grad is { } grad && grad.data<float>().SequenceEqual([2f, 4f, 6f]), () => "the gradient of sum(x*x) is not [2, 4, 6]");
            Expect(torch.ones(2).dtype == torch.ScalarType.Float32, () => $"ones() makes {torch.ones(2).dtype}");
            Expect(Seeded().SequenceEqual(SeededRandom), () => "the seeded random generator gives other numbers");
        }

        torch.manual_seed(RunHygiene.Seed);
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static float[] Seeded()
    {
        torch.manual_seed(RunHygiene.Seed);
        using var random = torch.rand(3, dtype: torch.ScalarType.Float32);
        return random.data<float>().ToArray();
    }
}
