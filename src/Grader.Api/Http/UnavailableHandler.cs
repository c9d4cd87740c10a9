using System.Globalization;
using Grader.Api.Data;
using Grader.Sandbox;
using Microsoft.AspNetCore.Diagnostics;

namespace Grader.Api.Http;

/// <summary>
/// Answers a request that failed because the database (or the grading pool) is unavailable with 503, Retry-After and
/// a ProblemDetails naming the dependency, on every endpoint: clients, browsers and LMSs retry a 503, while a 500
/// tells them the server is broken. The database is recognised by its provider's exceptions
/// (<see cref="TransientDatabaseErrors"/>), the pool by its own <see cref="SandboxUnavailableException"/>. Nothing
/// about hosts or connection strings is said; the log has the cause.
/// </summary>
internal sealed partial class UnavailableHandler(ILogger<UnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Classify(exception) is not { } unavailable)
        {
            return false;
        }

        var (dependency, reason) = unavailable;

        // Spread over a few seconds, so that a class refused at once does not come back at once.
        var seconds = 2 + Random.Shared.Next(5);
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var traceId = Problems.TraceId(httpContext);
        LogUnavailable(logger, Name(dependency), httpContext.Request.Method, httpContext.Request.Path, traceId, reason);
        var text = dependency == Dependency.GradingPool ? HttpProblems.GradingPoolUnavailable : HttpProblems.DatabaseUnavailable;
        await Problems.WriteAsync(httpContext, text.Problem(seconds).Extend("dependency", Name(dependency)).Extend("traceId", traceId));
        return true;
    }

    /// <summary>Which dependency <paramref name="exception"/> says is unavailable, and why in a few words; null for anything else (a bug).</summary>
    public static (Dependency Dependency, string Reason)? Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SandboxUnavailableException pool)
            {
                return (Dependency.GradingPool, pool.Message);
            }
        }

        return TransientDatabaseErrors.Find(exception) is { } database ? (Dependency.Database, TransientDatabaseErrors.Describe(database)) : null;
    }

    /// <summary>The dependency as the ProblemDetails' <c>dependency</c> member spells it.</summary>
    public static string Name(Dependency dependency) => dependency switch
    {
        Dependency.GradingPool => "grading pool",
        _ => "database",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Dependency} is unavailable: {Method} {Path} answered 503 (trace id {TraceId}): {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string dependency, string method, string path, string traceId, string reason);
}
