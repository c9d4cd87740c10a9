namespace Grader.Api.Pages.Admin;

/// <summary>Where instructors start.</summary>
public sealed class IndexModel : GraderPageModel
{
    public void OnGet()
    {
    }
}
