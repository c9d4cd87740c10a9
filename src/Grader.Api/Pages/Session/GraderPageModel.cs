using Grader.Api.Auth;
using Grader.Api.Pages.Text;
using Grader.Exercises;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grader.Api.Pages;

/// <summary>What every page model has: its language, and its strings in that language.</summary>
public abstract class GraderPageModel : PageModel
{
    public string Lang => PageLanguage.Of(HttpContext);

    public string T(LocalizedText text) => text.In(Lang);

    public bool IsStaff => User.IsStaff();
}
