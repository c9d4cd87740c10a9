using Grader.Api.Pages.Text;
using Grader.Exercises;

namespace Grader.Api.Pages;

/// <summary>Error pages in the page's language (re-executed for any 4xx/5xx a page answers without a body).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : GraderPageModel
{
    public LocalizedText Title { get; private set; } = CommonText.ErrorTitle;

    public LocalizedText Text { get; private set; } = CommonText.OtherErrorText;

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        // Only when re-executed for another page's error: GET /app/error?status=... alone is a page like any other.
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        var code = original is null ? StatusCodes.Status404NotFound : status ?? StatusCodes.Status500InternalServerError;
        (Title, Text) = code switch
        {
            StatusCodes.Status404NotFound => (CommonText.NotFoundTitle, CommonText.NotFoundText),
            StatusCodes.Status403Forbidden => (CommonText.ForbiddenTitle, CommonText.ForbiddenText),
            StatusCodes.Status503ServiceUnavailable or StatusCodes.Status429TooManyRequests => (CommonText.UnavailableTitle, CommonText.UnavailableText),
            >= 400 and < 500 => (CommonText.BadRequestTitle, CommonText.BadRequestText),
            _ => (CommonText.ErrorTitle, CommonText.OtherErrorText),
        };
        Response.StatusCode = code;
    }
}
