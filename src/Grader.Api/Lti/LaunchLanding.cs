using Grader.Api.Data;
using Grader.Api.Pages;

namespace Grader.Api.Lti;

/// <summary>Where a valid launch ends: the page session for the user (the web pages' cookie), and the page the link names.</summary>
internal static class LaunchLanding
{
    public static async Task<IResult> SignInAndRedirectAsync(HttpContext context, User user, string path)
    {
        await PageSession.SignInAsync(context, user);
        return Results.Redirect(path);
    }
}
