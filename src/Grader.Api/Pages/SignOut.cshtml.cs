using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages;

/// <summary>Ends the session (a POST with the antiforgery token, so no other site can sign a student out).</summary>
public sealed class SignOutModel : GraderPageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await PageSession.SignOutAsync(HttpContext);
        return RedirectToPage();
    }
}
