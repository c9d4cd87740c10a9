namespace Grader.Api.Pages.Admin;

/// <summary>The instructor's starting page (instructors only, as everything under Admin/).</summary>
public sealed class IndexModel : GraderPageModel
{
    public void OnGet()
    {
    }
}
