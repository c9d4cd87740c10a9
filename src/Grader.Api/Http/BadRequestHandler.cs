using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Grader.Api.Http;

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, a body of the wrong type, a bad route value) into
/// a 400 ProblemDetails that says what was wrong, instead of a bare status code.
/// </summary>
internal sealed class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var detail = badRequest.InnerException is JsonException json ? Describe(json) : badRequest.Message;
        var title = badRequest.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
            StatusCodes.Status413PayloadTooLarge => "Request too large",
            _ => "Bad request",
        };
        await Problems.WriteAsync(httpContext, badRequest.StatusCode, title, detail);
        return true;
    }

    private static string Describe(JsonException json)
    {
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
        return json.Path is { Length: > 1 } path && json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"The value of {path}{where} has the wrong type or is not one of the allowed values."
            : $"The body is not valid JSON{where}: {json.Message.Split(" Path:")[0]}";
    }
}
