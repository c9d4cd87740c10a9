using Grader.Api.Grading;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Exercises;

internal static class ExercisesApi
{
    public static IServiceCollection AddExercises(this IServiceCollection services) =>
        services.AddSingleton<DescriptionHtml>();

    public static RouteGroupBuilder MapExercises(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exercises").WithTags("Exercises");

        group.MapGet("/", List)
            .WithName("ListExercises")
            .WithSummary("List the exercises, optionally of one topic, in chapter order.");

        group.MapGet("/{exerciseId}", Get)
            .WithName("GetExercise")
            .WithSummary("An exercise: description as Markdown and as HTML (Accept-Language: en or zh-TW), signature, starter code and visible examples.");

        return group;
    }

    /// <param name="topic">linear-algebra, calculus, automatic-differentiation or optimization.</param>
    internal static Results<Ok<IReadOnlyList<ExerciseSummary>>, ProblemHttpResult> List(
        HttpContext context, ExerciseCatalog catalog, string? topic = null)
    {
        var language = Language.Negotiate(context);
        var topics = catalog.Exercises.Select(e => e.Topic).Distinct().ToList();
        if (topic is not null && !topics.Contains(topic))
        {
            return ExerciseProblems.UnknownTopic.With(topic, string.Join(", ", topics));
        }

        IReadOnlyList<ExerciseSummary> exercises =
        [
            .. catalog.Exercises.Where(e => topic is null || e.Topic == topic).OrderBy(e => e.Order).Select(e => e.AsSummary(language)),
        ];
        return TypedResults.Ok(exercises);
    }

    internal static async Task<Results<Ok<ExerciseDetail>, ProblemHttpResult>> Get(
        HttpContext context, ExerciseCatalog catalog, DescriptionHtml descriptions, ReferenceResults references, string exerciseId)
    {
        var language = Language.Negotiate(context);
        if (catalog.Find(exerciseId) is not { } exercise)
        {
            return ExerciseProblems.Unknown(exerciseId);
        }

        var exampleRuns = await references.GetAsync(exercise, Exercise.ExampleSeed);
        return TypedResults.Ok(exercise.AsDetail(language, descriptions.For(exercise, language), exampleRuns));
    }
}
