using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grader.Api.Exercises;
using Grader.Exercises.Catalog;

namespace Grader.Api.Tests;

/// <summary>GET /exercises/{id} in each of the course's languages.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ExerciseDetailTests(SharedApi api)
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

    [Theory]
    [MemberData(nameof(Exercises))]
    public async Task The_description_comes_as_html_too_with_every_markdown_construct_rendered(string exerciseId)
    {
        foreach (var language in new[] { "en", "zh-TW" })
        {
            var (student, _, _) = await api.NewUserAsync(language: language);

            var exercise = (await student.GetFromJsonAsync<ExerciseDetail>($"/exercises/{exerciseId}", Json.Options))!;

            var markdown = exercise.Description;
            var html = exercise.DescriptionHtml;
            Assert.Equal(Catalog.Find(exerciseId)!.Description.In(language), markdown);
            Assert.StartsWith("<p>", html, StringComparison.Ordinal);
            Assert.Equal(markdown.Contains('`', StringComparison.Ordinal), html.Contains("<code>", StringComparison.Ordinal));
            Assert.Equal(Outside(CodeSpan(), markdown).Contains("**", StringComparison.Ordinal), html.Contains("<strong>", StringComparison.Ordinal));
            Assert.Equal(BulletLine().IsMatch(markdown), html.Contains("<ul>", StringComparison.Ordinal));
            Assert.Equal(NumberedLine().IsMatch(markdown), html.Contains("<ol>", StringComparison.Ordinal));
            Assert.Equal(markdown.Contains("```", StringComparison.Ordinal) || IndentedBlock().IsMatch(markdown), html.Contains("<pre>", StringComparison.Ordinal));

            // Markdown's markers are gone from the text: only code may still hold them (C#'s x ** y, say).
            var text = Outside(CodeElement(), html);
            Assert.DoesNotContain("**", text, StringComparison.Ordinal);
            Assert.DoesNotContain("`", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(^|\n)\s*([-*]|\d+\.) ", text);
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_descriptionHtml()
    {
        using var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var property = document.RootElement.GetProperty("components").GetProperty("schemas")
            .GetProperty("ExerciseDetail").GetProperty("properties").GetProperty("descriptionHtml");
        Assert.Contains("HTML", property.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static string Outside(Regex pattern, string text) => pattern.Replace(text, " ");

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex("<(code|pre)>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex CodeElement();

    [GeneratedRegex(@"^\s*- ", RegexOptions.Multiline)]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"\n\n {4}\S")]
    private static partial Regex IndentedBlock();
}
