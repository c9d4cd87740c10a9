using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Grader.Api.Pages;

/// <summary>Settings of the pages (section <c>Pages</c>).</summary>
public sealed partial class PagesOptions : IValidatableObject
{
    public const string Section = "Pages";

    /// <summary>
    /// Origins that may show the pages in a frame (an LMS that embeds them, e.g. <c>https://canvas.example.edu</c>),
    /// added to <c>frame-ancestors 'self'</c> in the Content-Security-Policy. Empty: only the grader's own pages.
    /// </summary>
    public List<string> FrameAncestors { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in FrameAncestors.Where(o => !Origin().IsMatch(o)))
        {
            yield return new ValidationResult(
                $"Pages:FrameAncestors holds '{origin}', which is not an origin such as https://lms.example.edu (scheme, host, optional port; no path, quotes or spaces).",
                [nameof(FrameAncestors)]);
        }
    }

    [GeneratedRegex(@"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")]
    private static partial Regex Origin();
}
