using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Exercises.Running;
using TorchSharp;

namespace Grader.Exercises.Tests;

/// <summary>
/// Trusted code leaves a runner thread or the process the way a hostile snippet did in a warm worker (the policy
/// refuses those APIs to students, so these run as test code); the hygiene after each run must put it back, the
/// canary must then pass, and an honest submission must be graded correctly. These change process-wide torch state,
/// so they run alone.
/// </summary>
[Collection(RunHygieneCollection.Name)]
public class RunHygieneTests
{
    private const string HonestCumsum = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly CatalogFixture catalog;

    /// <summary>Each test starts where a sandbox worker is before a run (one torch thread, among others).</summary>
    public RunHygieneTests(CatalogFixture catalog)
    {
        this.catalog = catalog;
        RunHygiene.ResetProcess();
    }

    [Fact]
    public void Inference_mode_left_on_ends_its_runner_thread_and_an_honest_autograd_submission_scores_full_marks()
    {
        var leftOn = false;
        Assert.True(RunnerThread.TryRun(() => { _ = torch.inference_mode(); leftOn = torch.is_inference_mode_enabled(); }, Deadline));

        Assert.True(leftOn);
        Assert.Null(CanaryOnRunner());
        AssertFullMarks("autograd", File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, "autograd", "reference.cs")));
    }

    [Fact]
    public void An_assigned_torchsharp_static_field_fails_the_canary()
    {
        var original = torch.float32;
        try
        {
            torch.float32 = torch.ScalarType.Int64;

            Assert.Equal("TorchSharp's static field TorchSharp.torch.float32 was assigned", CanaryOnRunner());
        }
        finally
        {
            torch.float32 = original;
        }

        Assert.Null(CanaryOnRunner());
    }

    [Fact]
    public void Grad_mode_left_off_is_turned_back_on()
    {
        Assert.True(RunnerThread.TryRun(() => _ = torch.set_grad_enabled(false), Deadline));

        Assert.Null(CanaryOnRunner());
    }

    [Fact]
    public void A_dispose_scope_left_open_is_closed_and_its_tensors_are_freed_at_once()
    {
        torch.Tensor? leaked = null;
        Assert.True(RunnerThread.TryRun(() => { _ = torch.NewDisposeScope(); _ = torch.NewDisposeScope(); leaked = torch.ones(1000, 1000); }, Deadline));

        Assert.Throws<InvalidOperationException>(() => leaked!.shape);
        Assert.Null(CanaryOnRunner());
        AssertFullMarks("cumsum", HonestCumsum);
    }

    [Fact]
    public void Torch_global_settings_a_run_changed_are_seen_by_the_canary_and_reset()
    {
        Assert.True(RunnerThread.TryRun(
            () =>
            {
                torch.set_default_tensor_type(torch.ones(1, dtype: torch.ScalarType.Float64));
                torch.set_num_threads(2);
                _ = torch.autograd.set_detect_anomaly(true);
                torch.set_rng_state(torch.manual_seed(7).get_state());
                _ = torch.rand(5);
            },
            Deadline));

        // The thread count is the runner thread's own (OpenMP): it is already back to one when the work ends.
        var dirty = CanaryOnRunner();
        RunHygiene.ResetProcess();
        var clean = CanaryOnRunner();

        Assert.NotNull(dirty);
        Assert.Contains("default dtype is Float64", dirty, StringComparison.Ordinal);
        Assert.Contains("anomaly detection is on", dirty, StringComparison.Ordinal);
        Assert.Null(clean);
        AssertFullMarks("cumsum", HonestCumsum);
    }

    [Fact]
    public void The_random_generator_is_seeded_the_same_after_every_reset()
    {
        RunHygiene.ResetProcess();
        var first = torch.rand(4).data<float>().ToArray();
        _ = torch.seed();
        _ = torch.rand(100);
        RunHygiene.ResetProcess();

        Assert.Equal(first, torch.rand(4).data<float>().ToArray());
    }

    [Fact]
    public void The_canary_names_a_dispose_scope_open_on_its_own_thread()
    {
        using (torch.NewDisposeScope())
        {
            Assert.Contains("a dispose scope is open", Canary.Check(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writes_to_a_run_s_console_from_another_thread_are_dropped_and_counted_not_held_against_the_student()
    {
        // What a finalizer of an earlier submission's object does when it runs in the middle of this one.
        const string printer = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                for (var i = 0; i < 2000; i++) Console.Write("");
                Console.Write("mine");
                return (A.sum(0, keepdim: true), A.cumsum(0));
            }
            """;
        var original = Console.Out;
        Console.SetOut(TextWriter.Null);
        var before = RunHygiene.StrayWrites;
        using var stop = new CancellationTokenSource();
        var ghost = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                Console.Out.Write(new string('x', 1000));
            }
        });
        GradeReport report;
        try
        {
            ghost.Start();
            report = LocalGrader.Grade(catalog["cumsum"], printer, Seeds.ForStudent("cumsum", "hygiene"));
        }
        finally
        {
            stop.Cancel();
            ghost.Join();
            Console.SetOut(original);
        }

        Assert.Equal(Verdict.Accepted, report.Verdict);
        Assert.Equal("mine", report.Cases[0].Output);
        Assert.True(RunHygiene.StrayWrites > before, "No stray write was counted.");
    }

    private static string? CanaryOnRunner()
    {
        string? problem = "did not run";
        Assert.True(RunnerThread.TryRun(() => problem = Canary.Check(), Deadline));
        return problem;
    }

    private void AssertFullMarks(string exerciseId, string code)
    {
        var report = LocalGrader.Grade(catalog[exerciseId], code, Seeds.ForStudent(exerciseId, "hygiene"));
        Assert.Equal(Verdict.Accepted, report.Verdict);
        Assert.Equal(report.MaxScore, report.Score);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunHygieneCollection : ICollectionFixture<CatalogFixture>
{
    public const string Name = "run hygiene";
}
