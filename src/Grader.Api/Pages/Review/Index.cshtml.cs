using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>The staff's starting page (TAs and instructors only, as everything under Review/).</summary>
public sealed class IndexModel : GraderPageModel
{
    public IActionResult OnGet(long? open) => open is > 0 ? Redirect($"/app/submissions/{open}") : Page();
}
