using Grader.Api.Data;
using Grader.Api.Pages.Text;
using Grader.Exercises;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages;

/// <summary>Paste a token once; the session cookie stands for its user from then on.</summary>
public sealed class SignInModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Token { get; set; }

    public LocalizedText? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Token))
        {
            Refusal = CommonText.TokenMissing;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (user, tokenId) = await PageSession.UserOfTokenAsync(db, Token, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (user is null)
        {
            Refusal = CommonText.TokenRefused;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await PageSession.SignInAsync(HttpContext, user, tokenId);
        return LocalRedirect(SafeReturn(ReturnUrl));
    }

    /// <summary>Only a page of ours: never another site, nor a protocol-relative or backslash trick.</summary>
    internal static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(PagePaths.Root, StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && (url.Length == PagePaths.Root.Length || url[PagePaths.Root.Length] is '/' or '?')
            ? url
            : PagePaths.Root;
}
