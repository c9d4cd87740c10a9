using Grader.Api.Submissions;
using Grader.Exercises;

namespace Grader.Api.Pages;

/// <summary>What <c>_Result.cshtml</c> shows: a submission's grade in the page's language, with staff-only fields for staff.</summary>
public sealed record ResultView(SubmissionResponse Submission, string Lang, bool Staff)
{
    public string T(LocalizedText text) => text.In(Lang);

    public string F(LocalizedText text, params object?[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, text.In(Lang), values);
}
