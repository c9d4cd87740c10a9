using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>What is stored of a result stays small, whatever a snippet returns.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResultSizeTests(SharedApi api)
{
    [Fact]
    public async Task The_largest_result_read_is_stored_and_shown_summarised()
    {
        const string huge = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var big = torch.arange(10_000).reshape(100, 100);
                return (big, big);
            }
            """;
        var (student, _, _) = await api.NewUserAsync();

        var graded = await Submit.GradedAsync(student, huge);
        var stored = await api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == graded.Id).Select(s => s.Report!).SingleAsync());

        Assert.Equal(Grader.Exercises.Grading.Verdict.WrongAnswer, graded.Verdict);
        Assert.StartsWith("(tensor([[0, 1, 2, ..., 97, 98, 99], [100, 101, 102, ..., 197, 198, 199]", graded.Cases![0].Actual, StringComparison.Ordinal);
        Assert.True(stored.Length < 16 * 1024, $"The stored report has {stored.Length} characters.");
    }
}
