using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Grader.Api.Submissions;

/// <summary>The body of a submission: the raw snippet, in any of the three forms Swagger UI and scripts find easy.</summary>
public sealed record SubmitCodeRequest(string? Code);

/// <summary>
/// Reads a submission's code from <c>text/plain</c> (the snippet as is), <c>application/json</c>
/// (<c>{"code": "..."}</c>) or <c>multipart/form-data</c> (a <c>.cs</c> file), and refuses anything else with a
/// problem that says exactly what is wrong.
/// </summary>
internal static class SubmittedCode
{
    public const string PlainText = "text/plain";
    public const string Json = "application/json";
    public const string Multipart = "multipart/form-data";

    /// <summary>The most a submission's body may be: the code's limit with room for JSON escapes or a form's framing.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static async Task<(string? Code, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, int maxCodeBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the code as {PlainText}, {Json} ({{\"code\": \"...\"}}) or {Multipart} with a .cs file; the request had {(request.ContentType is null ? "no Content-Type" : $"Content-Type '{request.ContentType}'")}.");
        }

        var charset = mediaType.Charset.HasValue ? HeaderUtilities.RemoveQuotes(mediaType.Charset).Value : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Unsupported charset", $"Code must be UTF-8; the request declared charset={charset}.");
        }

        var type = mediaType.MediaType.Value ?? "";
        if (type.Equals(PlainText, StringComparison.OrdinalIgnoreCase))
        {
            var (bytes, tooLong) = await ReadAtMostAsync(request.BodyReader, maxCodeBytes, cancellationToken);
            return tooLong ? TooLong(maxCodeBytes) : Decode(bytes, maxCodeBytes);
        }

        if (type.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            // JSON escapes can make the body up to six times the code (\uXXXX); allow that, then check the code itself.
            var (bytes, tooLong) = await ReadAtMostAsync(request.BodyReader, (maxCodeBytes * 6) + 1024, cancellationToken);
            return tooLong ? TooLong(maxCodeBytes) : FromJson(bytes, maxCodeBytes);
        }

        if (type.Equals(Multipart, StringComparison.OrdinalIgnoreCase))
        {
            return await FromFileAsync(request, maxCodeBytes, cancellationToken);
        }

        return Refuse(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
            $"Content-Type '{type}' is not accepted. Send the code as {PlainText}, {Json} ({{\"code\": \"...\"}}) or {Multipart} with a .cs file.");
    }

    private static (string?, ProblemHttpResult?) FromJson(byte[] bytes, int maxCodeBytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return InvalidUtf8(bytes);
        }

        SubmitCodeRequest? body;
        try
        {
            body = JsonSerializer.Deserialize<SubmitCodeRequest>(bytes, JsonOptions);
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $" at line {line + 1}, position {error.BytePositionInLine + 1}" : "";
            return Refuse(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON{where}. Expected {{\"code\": \"...\"}}.");
        }

        return body?.Code is { } code
            ? Checked(code, maxCodeBytes)
            : Refuse(StatusCodes.Status400BadRequest, "Missing code", "The JSON body has no \"code\" string. Expected {\"code\": \"...\"}.");
    }

    private static async Task<(string?, ProblemHttpResult?)> FromFileAsync(HttpRequest request, int maxCodeBytes, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLong(maxCodeBytes);
        }
        catch (Exception error) when (error is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Refuse(StatusCodes.Status400BadRequest, "Malformed form", $"The multipart body could not be read: {error.Message}");
        }

        if (form.Files.Count != 1)
        {
            return Refuse(StatusCodes.Status400BadRequest, "One file expected",
                $"Attach exactly one .cs file (form field 'file'); the form had {form.Files.Count}.");
        }

        var file = form.Files[0];
        if (file.Length > maxCodeBytes)
        {
            return TooLong(maxCodeBytes);
        }

        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, cancellationToken);
        return Decode(stream.ToArray(), maxCodeBytes);
    }

    private static (string?, ProblemHttpResult?) Decode(byte[] bytes, int maxCodeBytes) =>
        Utf8.IsValid(bytes) ? Checked(Encoding.UTF8.GetString(bytes), maxCodeBytes) : InvalidUtf8(bytes);

    private static (string?, ProblemHttpResult?) Checked(string code, int maxCodeBytes)
    {
        code = code.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(code))
        {
            return Refuse(StatusCodes.Status400BadRequest, "Empty code", "The submission has no code. Paste your snippet (e.g. the starter code, completed).");
        }

        if (code.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse(StatusCodes.Status400BadRequest, "NUL character in code", "The code contains a NUL character (\\0); C# source never needs one. Save the file as plain UTF-8 text.");
        }

        return Encoding.UTF8.GetByteCount(code) > maxCodeBytes ? TooLong(maxCodeBytes) : (code, null);
    }

    private static (string?, ProblemHttpResult?) InvalidUtf8(byte[] bytes)
    {
        var offset = FirstInvalidByte(bytes);
        return Refuse(StatusCodes.Status400BadRequest, "Invalid UTF-8", $"The code is not valid UTF-8 (first bad byte at offset {offset}). Save the file as UTF-8.");
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? -1 : read;
    }

    private static (string?, ProblemHttpResult?) TooLong(int maxCodeBytes) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, "Code too long", $"The code is longer than the limit of {maxCodeBytes} bytes.");

    private static (string?, ProblemHttpResult?) Refuse(int status, string title, string detail) =>
        (null, TypedResults.Problem(statusCode: status, title: title, detail: detail));

    /// <summary>Reads the body up to <paramref name="limit"/> bytes; says so instead of reading on when there is more.</summary>
    private static async Task<(byte[] Bytes, bool TooLong)> ReadAtMostAsync(PipeReader reader, int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return ([], true);
            }

            if (result.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return (bytes, false);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
