using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Exercises.Tests;

/// <summary>Which misconception names a case when a small example makes two mistakes give the same result.</summary>
[Collection(CatalogCollection.Name)]
public class MisconceptionNameTests(CatalogFixture catalog)
{
    [Theory]
    [InlineData("Tensor Solve(Tensor x, Tensor y) => x.dot(y);", "not-normalized")]
    [InlineData("Tensor Solve(Tensor x, Tensor y) => x.dot(y) / x.norm();", "one-norm-missing")]
    [InlineData("Tensor Solve(Tensor x, Tensor y) => x.dot(y) / (x.abs().sum() * y.abs().sum());", "l1-norms")]
    [InlineData("Tensor Solve(Tensor x, Tensor y) => x.dot(y) / (x.dot(x) * y.dot(y));", "squared-norms")]
    public void The_mistake_that_fits_the_most_cases_names_the_case_where_two_fit(string code, string misconception)
    {
        // With x = [1, 0] and y = [1, 1], ‖x‖ = ‖x‖₁ = xᵀx = 1: case 1 alone cannot tell these mistakes apart.
        var exercise = catalog["cosine-similarity"];
        var first = exercise.Cases(1)[0];
        Assert.Equal("x = tensor(new[] { 1f, 0f }), y = tensor(new[] { 1f, 1f })", first.ShownAs);

        var report = LocalGrader.Grade(exercise, code, Seeds.ForStudent(exercise.Id, "names"));

        Assert.All(report.Cases, c => Assert.Equal(misconception, c.Misconception));
        var named = exercise.Misconceptions.Single(m => m.Id == misconception);
        Assert.Equal(named.Message, report.Cases[0].Message);
        Assert.Equal(named.Hint, report.Cases[0].Hint);
        Assert.EndsWith($"Case 1: {named.Message.En}", report.Summary.En, StringComparison.Ordinal);
    }
}
