using System.ComponentModel.DataAnnotations;

namespace Grader.Api.Auth;

public sealed class AuthOptions : IValidatableObject
{
    private const int MinimumTokenLength = 16;

    public const string Section = "Auth";

    /// <summary>
    /// A token for the first instructor (environment variable <c>Auth__BootstrapToken</c>), so automation needs no log
    /// scraping. Without it, a token is generated when the database has no instructor and printed once.
    /// </summary>
    public string? BootstrapToken { get; set; }

    /// <summary>The first instructor's user name.</summary>
    [Required, RegularExpression(Users.UserNames.Pattern)]
    public string BootstrapUserName { get; set; } = "instructor";

    /// <summary>Empty means "not set" (docker-compose passes unset variables as empty strings).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(BootstrapToken) && BootstrapToken.Length < MinimumTokenLength)
        {
            yield return new ValidationResult(
                $"Auth:BootstrapToken must have at least {MinimumTokenLength} characters: it is an instructor's password.",
                [nameof(BootstrapToken)]);
        }
    }
}
