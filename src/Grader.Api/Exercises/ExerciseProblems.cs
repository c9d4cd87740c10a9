using Grader.Api.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Exercises;

internal static class ExerciseProblems
{
    public static readonly ProblemText UnknownExercise = new(Status404NotFound, "Unknown exercise", "沒有這個練習",
        "There is no exercise '{0}'. GET /exercises lists them.", "沒有練習 '{0}'。GET /exercises 會列出所有練習。");

    public static readonly ProblemText UnknownTopic = new(Status400BadRequest, "Unknown topic", "沒有這個主題",
        "There is no topic '{0}'. Topics: {1}.", "沒有主題 '{0}'。主題有：{1}。");

    public static ProblemHttpResult Unknown(string exerciseId) => UnknownExercise.With(exerciseId);
}
