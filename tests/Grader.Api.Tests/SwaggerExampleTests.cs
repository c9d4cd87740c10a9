using System.Net.Http.Json;
using System.Text.Json;
using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

/// <summary>
/// Pressing Execute in Swagger UI without typing must not earn a grade: every example body the OpenAPI document shows
/// for submitting is graded, on every exercise, and none is accepted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SwaggerExampleTests(SharedApi api)
{
    [Fact]
    public async Task No_example_body_the_openapi_document_shows_is_accepted_on_any_exercise()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var content = document.RootElement.GetProperty("paths").GetProperty("/exercises/{exerciseId}/submissions")
            .GetProperty("post").GetProperty("requestBody").GetProperty("content");
        string[] examples =
        [
            content.GetProperty("text/plain").GetProperty("example").GetString()!,
            content.GetProperty("application/json").GetProperty("example").GetProperty("code").GetString()!,
        ];
        var exercises = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory, runReferences: false).Exercises.Select(e => e.Id).ToList();

        var graded = new List<(string Exercise, Verdict? Verdict)>();
        foreach (var example in examples.Distinct())
        {
            foreach (var batch in exercises.Chunk(8))
            {
                // A student of their own per batch: the per-student rate limit allows ten in a row.
                var (student, _, _) = await api.NewUserAsync();
                foreach (var exercise in batch)
                {
                    var submitted = await Submit.ReadAsync(await Submit.TextAsync(student, example, exercise));
                    graded.Add((exercise, (await Submit.FinalAsync(student, submitted.Id)).Verdict));
                }
            }
        }

        Assert.Equal(exercises.Count * examples.Distinct().Count(), graded.Count);
        Assert.All(graded, g => Assert.NotEqual(Verdict.Accepted, g.Verdict));
    }
}
