using Grader.Exercises.Catalog;

namespace Grader.Api.Exercises;

/// <summary>An exercise in a list.</summary>
public sealed record ExerciseSummary(string Id, string Topic, int Order, string Title, int Points);

/// <summary>
/// Everything a student needs to solve an exercise. Never the reference solution, hidden cases or misconceptions.
/// </summary>
/// <param name="Description">Markdown, in the requested language.</param>
/// <param name="DescriptionHtml">
/// The same description rendered as an HTML fragment, ready to insert into a page: paragraphs, lists, emphasis, code,
/// tables and links (http, https, mailto) only; never scripts, frames, event handlers, styles or other URL schemes.
/// </param>
/// <param name="Signature">The method the snippet must define.</param>
/// <param name="Starter">
/// Code to start from (compiles, but does not solve the exercise), commented in the requested language; only the
/// comments differ between languages.
/// </param>
/// <param name="Examples">The visible cases; hidden ones are graded too but never shown.</param>
public sealed record ExerciseDetail(
    string Id,
    string Topic,
    int Order,
    string Title,
    string Description,
    string DescriptionHtml,
    string Signature,
    string Starter,
    int Points,
    int HiddenCases,
    ExerciseLimits Limits,
    IReadOnlyList<ExampleResponse> Examples,
    string CatalogVersion);

public sealed record ExerciseLimits(int TimeMs, int MemoryMb, int OutputKb);

/// <param name="Expected">
/// The reference's result. Null only on a service split into api and grader processes before any grader has started
/// (api processes never run the reference themselves).
/// </param>
public sealed record ExampleResponse(string Name, string? Input, string? Expected);

internal static class ExerciseMapping
{
    public static ExerciseSummary AsSummary(this Exercise exercise, string language) =>
        new(exercise.Id, exercise.Topic, exercise.Order, exercise.Title.In(language), exercise.Points);

    /// <param name="exampleRuns">The reference's runs on the examples' seed; null while no grader has stored them.</param>
    public static ExerciseDetail AsDetail(this Exercise exercise, string language, string descriptionHtml, IReadOnlyList<Grader.Exercises.Running.CaseRun>? exampleRuns)
    {
        var cases = exercise.Cases(Exercise.ExampleSeed);
        return new ExerciseDetail(
            exercise.Id,
            exercise.Topic,
            exercise.Order,
            exercise.Title.In(language),
            exercise.Description.In(language),
            descriptionHtml,
            exercise.Signature,
            exercise.Starter.In(language),
            exercise.Points,
            cases.Count(c => !c.Visible),
            new ExerciseLimits(exercise.Limits.TimeMs, exercise.Limits.MemoryMb, exercise.Limits.OutputKb),
            [.. exercise.Examples(exampleRuns).Select(e => new ExampleResponse(e.Name.In(language), e.Input, e.Expected))],
            exercise.Version);
    }
}
