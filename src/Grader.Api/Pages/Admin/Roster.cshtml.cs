using System.Text;
using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Text;
using Grader.Api.Users;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Admin;

/// <summary>A roster pasted or uploaded, imported as POST /users/import does: all or nothing, every bad line reported.</summary>
public sealed class RosterModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    [BindProperty]
    public string? Csv { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool IssueTokens { get; set; }

    public Refusal? Refusal { get; private set; }

    public IReadOnlyList<RosterError> Errors { get; private set; } = [];

    public RosterImportResult? Imported { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (text, refusal) = await ReadAsync(cancellationToken);
        if (refusal is null)
        {
            var result = (await UsersApi.ImportAsync(text!, IssueTokens, db, clock, cancellationToken)).Result;
            Imported = result.Value<RosterImportResult>();
            refusal = Refusal.From(result);
            if (result is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult { ProblemDetails: Http.TwoLanguageProblem problem }
                && problem.TwoLanguageExtension("errors")?.In(PageLanguage.Of(HttpContext)) is List<RosterError> lines)
            {
                Errors = lines;
                refusal = Refusal.Invalid(AdminText.RosterRefused);
            }
        }

        Refusal = refusal;
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }

        return Page();
    }

    /// <summary>The uploaded file if there is one, else the pasted text; no larger than the API takes, and UTF-8.</summary>
    private async Task<(string? Text, Refusal? Refusal)> ReadAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > UsersApi.MaxRosterBytes)
            {
                return (null, Refusal.Invalid(AdminText.RosterTooLarge));
            }

            using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, true));
            try
            {
                return ((await reader.ReadToEndAsync(cancellationToken)).TrimStart('\uFEFF'), null);
            }
            catch (DecoderFallbackException)
            {
                return (null, Refusal.Invalid(AdminText.RosterNotUtf8));
            }
        }

        if (string.IsNullOrWhiteSpace(Csv))
        {
            return (null, Refusal.Invalid(AdminText.RosterEmpty));
        }

        return Encoding.UTF8.GetByteCount(Csv) > UsersApi.MaxRosterBytes ? (null, Refusal.Invalid(AdminText.RosterTooLarge)) : (Csv, null);
    }
}
