using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Pages;

/// <summary>
/// Pages read data by calling the JSON API's own handlers (the same visibility rules, the same mapping); this takes
/// the value out of a handler's typed result, or null when the handler refused (unknown, or not the caller's).
/// </summary>
internal static class ApiResults
{
    public static T? OkValue<T>(this IResult result)
        where T : class => result is Ok<T> ok ? ok.Value : null;
}
