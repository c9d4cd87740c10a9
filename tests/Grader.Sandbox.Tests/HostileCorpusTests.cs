using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

[Collection(PoolCollection.Name)]
public class HostileCorpusTests(PoolFixture fixture)
{
    private static readonly Dictionary<string, string> Honest = new()
    {
        ["cumsum"] = PoolFixture.HonestCumsum,
        ["autograd"] = File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, "autograd", "reference.cs")),
    };

    [Theory]
    [MemberData(nameof(HostileSnippet.All), MemberType = typeof(HostileSnippet))]
    public async Task Each_hostile_snippet_gets_its_verdict_and_the_pool_then_grades_an_honest_one(string name)
    {
        var hostile = HostileSnippet.Read(name);
        var seed = Seeds.ForStudent("cumsum", "mallory");

        var report = await fixture.Pool.GradeAsync("cumsum", hostile.Code, seed, CancellationToken.None);

        Assert.Equal(hostile.Verdict, report.Verdict);
        if (hostile.Message is { } message)
        {
            var said = string.Join("\n", new[] { report.Summary.En }
                .Concat(report.Diagnostics.Select(d => d.Message.En))
                .Concat(report.Forbidden.Select(f => f.Api))
                .Concat(report.Cases.Select(c => c.Message?.En ?? "")));
            Assert.Contains(message, said, StringComparison.Ordinal);
        }

        if (hostile.HiddenNever is { } secret)
        {
            var hidden = report.Cases.Where(c => !c.Visible).ToList();
            Assert.NotEmpty(hidden);
            var told = string.Join("\n", hidden
                .SelectMany(c => new[] { c.Message?.En, c.Message?.ZhTw, c.Input, c.Expected, c.Actual, c.Output })
                .Append(report.Summary.En).Append(report.Summary.ZhTw));
            Assert.DoesNotContain(secret, told, StringComparison.Ordinal);
        }

        var honest = await fixture.Pool.GradeAsync(hostile.Then, Honest[hostile.Then], Seeds.ForStudent(hostile.Then, "alice"), CancellationToken.None);
        Assert.Equal(Verdict.Accepted, honest.Verdict);
        Assert.Equal(honest.MaxScore, honest.Score);
    }

    [Fact]
    public void The_corpus_has_at_least_forty_snippets()
    {
        Assert.True(HostileSnippet.All().Count >= 40);
    }
}
