using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

[Collection(PoolCollection.Name)]
public class SandboxPoolTests(PoolFixture fixture)
{
    [Fact]
    public async Task An_honest_submission_is_graded_in_a_worker_with_full_marks()
    {
        var report = await fixture.Pool.GradeAsync("cumsum", PoolFixture.HonestCumsum, Seeds.ForStudent("cumsum", "pool"), CancellationToken.None);

        Assert.Equal(Verdict.Accepted, report.Verdict);
        Assert.Equal(report.MaxScore, report.Score);
    }

    [Fact]
    public void The_confinement_layers_in_force_are_reported()
    {
        var layers = fixture.Pool.Layers;

        Assert.Contains(layers.Describe(), line => line.StartsWith("bubblewrap", StringComparison.Ordinal));
        Assert.True(layers.Bubblewrap, "bubblewrap should work on the CI machine (.ci/run installs it).");
    }

    [Fact]
    public void Workers_get_the_catalog_without_reference_solutions_or_misconceptions()
    {
        foreach (var exercise in fixture.Catalog.Exercises)
        {
            var source = Path.Combine(fixture.Catalog.Directory, exercise.Id);
            var copy = Path.Combine(fixture.RuntimeDirectory, "catalog", exercise.Id);
            var cases = File.ReadAllText(Path.Combine(copy, "cases.cs"));

            Assert.Equal(File.ReadAllText(Path.Combine(source, "starter.cs")), File.ReadAllText(Path.Combine(copy, "reference.cs")));
            Assert.DoesNotContain("Misconception", cases, StringComparison.Ordinal);
            Assert.All(exercise.Misconceptions, m => Assert.DoesNotContain(m.Message.En, cases, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Code_over_the_size_limit_is_refused_before_it_reaches_a_worker()
    {
        var huge = "// " + new string('x', 70 * 1024) + "\n" + PoolFixture.HonestCumsum;

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Pool.GradeAsync("cumsum", huge, 1, CancellationToken.None));

        Assert.Contains("longer than", refusal.Message, StringComparison.Ordinal);
    }
}
