namespace Grader.Api.Http;

/// <summary>
/// Reads an enum from a query string as JSON bodies and responses spell it (<c>wrong_answer</c>, <c>ta</c>), and as C#
/// names it (<c>WrongAnswer</c>, <c>TA</c>), in any case; never a number. Route and query values thus accept what the
/// API itself writes, which ASP.NET's own binding does not.
/// </summary>
internal static class QueryEnum
{
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        var key = text.Replace("_", "", StringComparison.Ordinal);
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The spellings a client may use, as JSON writes them, for an error message.</summary>
    public static string Spellings<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(name => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name)));
}
