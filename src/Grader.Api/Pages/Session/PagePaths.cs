namespace Grader.Api.Pages;

/// <summary>Where the pages live: everything under <c>/app</c>.</summary>
internal static class PagePaths
{
    public const string Root = "/app";

    /// <summary>The pages' CSS and scripts (<c>wwwroot/app/assets</c>), public.</summary>
    public const string Assets = "/app/assets";

    public static bool IsPage(PathString path) => path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
