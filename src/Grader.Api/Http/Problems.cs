using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Http;

/// <summary>RFC 9457 problem details for responses written outside an endpoint (authentication, rate limiting, errors).</summary>
internal static class Problems
{
    public static async Task WriteAsync(HttpContext context, TwoLanguageProblem problem)
    {
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    public static Task WriteAsync(HttpContext context, ProblemText text, params object?[] values) => WriteAsync(context, text.Problem(values));

    /// <summary>The id that ties a response to its log lines: the W3C trace id's activity when there is one, as ASP.NET's own problems use.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>
    /// Every error response is ProblemDetails, with the request's trace id so logs can be found, and its title and
    /// detail in the request's language (Accept-Language; English unless zh-TW is asked for).
    /// </summary>
    public static IServiceCollection AddGraderProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", TraceId(context.HttpContext));
            var language = Language.Negotiate(context.HttpContext);
            if (context.ProblemDetails is TwoLanguageProblem problem)
            {
                problem.In(language);
            }
            else
            {
                FrameworkProblems.In(context.ProblemDetails, language);
            }
        });
}
