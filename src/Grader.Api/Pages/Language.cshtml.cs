using Grader.Api.Pages.Text;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages;

/// <summary>Switches the pages' language (remembered in a cookie) and goes back to the page the visitor was on.</summary>
public sealed class LanguageModel : GraderPageModel
{
    public IActionResult OnGet() => LocalRedirect(PagePaths.Root);

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        if (language is null || !PageLanguage.Supported.Contains(language))
        {
            return BadRequest();
        }

        PageLanguage.Choose(HttpContext, language);
        return LocalRedirect(SignInModel.SafeReturn(returnUrl));
    }
}
