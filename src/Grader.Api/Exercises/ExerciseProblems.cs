using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Exercises;

internal static class ExerciseProblems
{
    public static ProblemHttpResult Unknown(string exerciseId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown exercise",
        detail: $"There is no exercise '{exerciseId}'. GET /exercises lists them.");
}
