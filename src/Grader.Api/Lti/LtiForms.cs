using Microsoft.Extensions.Primitives;

namespace Grader.Api.Lti;

/// <summary>
/// Reads an LTI request's parameters from the query and, for a form post, the form, without model binding: a
/// malformed body is a refusal on an error page, not an exception.
/// </summary>
internal static class LtiForms
{
    public static async Task<Dictionary<string, StringValues>> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var values = context.Request.Query.ToDictionary(q => q.Key, q => q.Value, StringComparer.Ordinal);
        if (context.Request.HasFormContentType)
        {
            try
            {
                var form = await context.Request.ReadFormAsync(cancellationToken);
                foreach (var (key, value) in form)
                {
                    values[key] = value;
                }
            }
            catch (InvalidDataException)
            {
                // A body that is not a form (or too large) leaves only the query; the caller names what is missing.
            }
            catch (BadHttpRequestException)
            {
            }
        }

        return values;
    }
}
