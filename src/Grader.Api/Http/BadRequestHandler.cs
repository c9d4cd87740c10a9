using System.Text.Json;
using Grader.Exercises;
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

        var detail = badRequest.InnerException is JsonException json ? Describe(json) : BindingTexts.Translate(badRequest.Message);
        var text = badRequest.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => BindingTexts.UnsupportedContentType,
            StatusCodes.Status413PayloadTooLarge => BindingTexts.TooLarge,
            _ => BindingTexts.BadRequest,
        };
        await Problems.WriteAsync(httpContext, new TwoLanguageProblem(badRequest.StatusCode, text, detail));
        return true;
    }

    private static LocalizedText Describe(JsonException json)
    {
        var where = json.LineNumber is { } line ? ProblemText.Fill(BindingTexts.Where, line + 1, json.BytePositionInLine + 1) : new LocalizedText("", "");
        return json.Path is { Length: > 1 } path && json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? ProblemText.Fill(BindingTexts.WrongType, path, where)
            : ProblemText.Fill(BindingTexts.NotJson, where, json.Message.Split(" Path:")[0]);
    }
}
