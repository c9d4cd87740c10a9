using System.ComponentModel.DataAnnotations;

namespace Grader.Api.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// A token for the first instructor (environment variable <c>Auth__BootstrapToken</c>), so automation needs no log
    /// scraping. Without it, a token is generated when the database has no instructor and printed once.
    /// </summary>
    [MinLength(16, ErrorMessage = "Auth:BootstrapToken must have at least 16 characters: it is an instructor's password.")]
    public string? BootstrapToken { get; set; }

    /// <summary>The first instructor's user name.</summary>
    [Required, RegularExpression(Users.UserNames.Pattern)]
    public string BootstrapUserName { get; set; } = "instructor";
}
