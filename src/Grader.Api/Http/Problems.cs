using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Http;

/// <summary>RFC 9457 problem details for responses written outside an endpoint (authentication, rate limiting, errors).</summary>
internal static class Problems
{
    public static async Task WriteAsync(
        HttpContext context, int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>The id that ties a response to its log lines: the W3C trace id's activity when there is one, as ASP.NET's own problems use.</summary>
    public static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    /// <summary>Every error response is ProblemDetails, with the request's trace id so logs can be found.</summary>
    public static IServiceCollection AddGraderProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", TraceId(context.HttpContext)));
}
