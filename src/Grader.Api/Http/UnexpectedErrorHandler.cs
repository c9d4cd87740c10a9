using Microsoft.AspNetCore.Diagnostics;

namespace Grader.Api.Http;

/// <summary>
/// The last handler: whatever the others did not recognise is a bug. It is logged with the request's trace id, and
/// the 500 ProblemDetails carries the same id (never the exception), so a student's report leads to the log line.
/// </summary>
internal sealed partial class UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var traceId = Problems.TraceId(httpContext);
        LogBug(logger, exception, httpContext.Request.Method, httpContext.Request.Path, traceId);
        await Problems.WriteAsync(httpContext, HttpProblems.InternalError.Problem().Extend("traceId", traceId));
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception: {Method} {Path} answered 500 (trace id {TraceId}).")]
    private static partial void LogBug(ILogger logger, Exception exception, string method, string path, string traceId);
}
