namespace Grader.Api.Tests.Pages;

/// <summary>What a Chinese text may write in Latin letters: key names, the token's prefix, units.</summary>
public static class ChineseKept
{
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal)
    {
        "Tab", "Shift", "Esc", "Markdown", "grd", "KB", "MB", "API", "UTC", "CSV", "UTF",
    };
}
