using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Grader.Api.Http;
using Grader.Exercises;
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
            return request.ContentType is null
                ? Refuse(SubmissionProblems.NoContentType, PlainText, Json, Multipart)
                : Refuse(SubmissionProblems.UnsupportedContentType, PlainText, Json, Multipart, request.ContentType);
        }

        var charset = mediaType.Charset.HasValue ? HeaderUtilities.RemoveQuotes(mediaType.Charset).Value : null;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(SubmissionProblems.UnsupportedCharset, charset);
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

        return Refuse(SubmissionProblems.UnsupportedContentType, PlainText, Json, Multipart, type);
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
            var where = error.LineNumber is { } line ? ProblemText.Fill(SubmissionProblems.JsonWhere, line + 1, error.BytePositionInLine + 1) : new LocalizedText("", "");
            return Refuse(SubmissionProblems.MalformedJson, where);
        }

        return body?.Code is { } code
            ? Checked(code, maxCodeBytes)
            : Refuse(SubmissionProblems.MissingCode);
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
            return Refuse(SubmissionProblems.MalformedForm, error.Message);
        }

        if (form.Files.Count != 1)
        {
            return Refuse(SubmissionProblems.OneFileExpected, form.Files.Count);
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
            return Refuse(SubmissionProblems.EmptyCode);
        }

        if (code.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse(SubmissionProblems.NulInCode);
        }

        return Encoding.UTF8.GetByteCount(code) > maxCodeBytes ? TooLong(maxCodeBytes) : (code, null);
    }

    private static (string?, ProblemHttpResult?) InvalidUtf8(byte[] bytes)
    {
        var offset = FirstInvalidByte(bytes);
        return Refuse(SubmissionProblems.InvalidUtf8, offset);
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? -1 : read;
    }

    private static (string?, ProblemHttpResult?) TooLong(int maxCodeBytes) =>
        Refuse(SubmissionProblems.CodeTooLong, maxCodeBytes);

    private static (string?, ProblemHttpResult?) Refuse(ProblemText text, params object?[] values) => (null, text.With(values));

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
