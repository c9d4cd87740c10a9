namespace Grader.Api.Http;

/// <summary>Ids people choose for exercises and assignments: lower-case letters, digits and '-', at most 64.</summary>
internal static partial class Slugs
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    public static bool IsValid(string id) => Regex().IsMatch(id);

    [System.Text.RegularExpressions.GeneratedRegex(Pattern)]
    private static partial System.Text.RegularExpressions.Regex Regex();
}
