using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>What a sandbox worker gets of cases.cs: the same cases, none of the near-answers.</summary>
[Collection(CatalogCollection.Name)]
public class CaseScriptTests(CatalogFixture catalog)
{
    [Theory]
    [MemberData(nameof(CatalogFixture.ExerciseIds), MemberType = typeof(CatalogFixture))]
    public void Without_misconceptions_the_cases_are_the_same_and_no_near_answer_is_left(string exerciseId)
    {
        var exercise = catalog[exerciseId];
        var stripped = CaseScript.WithoutMisconceptions(File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, exerciseId, "cases.cs")));

        using var compiled = SnippetCompiler.Shared.Compile(stripped, [], typeof(CaseSet)).Snippet!;
        var cases = new CaseSet();
        compiled.Instantiate(cases);

        Assert.Equal(exercise.Cases(7).Select(c => c.Name), cases.Cases.Select(c => c.Name));
        Assert.Empty(cases.Misconceptions);
        Assert.All(exercise.Misconceptions, m => Assert.DoesNotContain(m.Id, stripped, StringComparison.Ordinal));
        Assert.All(exercise.Misconceptions, m => Assert.DoesNotContain(m.Message.En, stripped, StringComparison.Ordinal));
        Assert.All(exercise.Misconceptions, m => Assert.DoesNotContain(m.Hint.En, stripped, StringComparison.Ordinal));
    }

    [Fact]
    public void A_misconception_that_is_not_a_top_level_statement_cannot_be_stripped()
    {
        const string code = "Example(\"x\", () => [1]);\nif (true)\n{\n    Misconception(\"hidden\", Text(\"a\", \"b\"), a => null);\n}\n";

        var problem = Assert.Throws<InvalidDataException>(() => CaseScript.WithoutMisconceptions(code));

        Assert.StartsWith("Line 4:", problem.Message, StringComparison.Ordinal);
    }
}
