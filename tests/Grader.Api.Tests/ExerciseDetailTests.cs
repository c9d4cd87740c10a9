using System.Net.Http.Json;
using Grader.Api.Exercises;
using Grader.Exercises.Catalog;

namespace Grader.Api.Tests;

/// <summary>GET /exercises/{id} in each of the course's languages.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExerciseDetailTests(SharedApi api)
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory, runReferences: false);

    public static TheoryData<string> Exercises() => [.. Catalog.Exercises.Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Exercises))]
    public async Task Each_language_gets_the_starter_commented_in_it(string exerciseId)
    {
        var (english, _, _) = await api.NewUserAsync(language: "en");
        var (chinese, _, _) = await api.NewUserAsync(language: "zh-TW");

        var inEnglish = (await english.GetFromJsonAsync<ExerciseDetail>($"/exercises/{exerciseId}", Json.Options))!;
        var inChinese = (await chinese.GetFromJsonAsync<ExerciseDetail>($"/exercises/{exerciseId}", Json.Options))!;

        var exercise = Catalog.Find(exerciseId)!;
        Assert.Equal(exercise.Starter.En, inEnglish.Starter);
        Assert.Equal(exercise.Starter.ZhTw, inChinese.Starter);
        Assert.NotEqual(inEnglish.Starter, inChinese.Starter);
    }
}
