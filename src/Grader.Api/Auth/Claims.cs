using System.Security.Claims;
using Grader.Api.Data;

namespace Grader.Api.Auth;

/// <summary>Who is calling, read from the claims the bearer handler sets.</summary>
internal static class Claims
{
    public static int UserId(this ClaimsPrincipal principal) =>
        int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);

    public static string UserName(this ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.Name)!;

    /// <summary>TAs and instructors see every submission; students only their own.</summary>
    public static bool IsStaff(this ClaimsPrincipal principal) =>
        principal.IsInRole(nameof(Role.TA)) || principal.IsInRole(nameof(Role.Instructor));

    public static ClaimsPrincipal For(User user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(ClaimTypes.Role, user.Role.ToString()),
        ],
        scheme));
}
