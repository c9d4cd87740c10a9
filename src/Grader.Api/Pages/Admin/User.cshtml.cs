using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Pages.Text;
using Grader.Api.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Pages.Admin;

/// <summary>One user: rename, change role, deactivate or reactivate (PATCH /users/{id}); their tokens: issue (shown once), list, revoke.</summary>
public sealed class UserModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    public UserResponse? Person { get; private set; }

    public IReadOnlyList<TokenResponse> Tokens { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    public bool Changed { get; private set; }

    /// <summary>A token just issued: the only time its secret is shown.</summary>
    public IssuedToken? Issued { get; private set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public Role Role { get; set; }

    [BindProperty]
    public string? TokenName { get; set; }

    [BindProperty]
    public string? ExpiresInDays { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(int id, CancellationToken cancellationToken) =>
        UpdateAsync(id, new UpdateUserRequest(UserName?.Trim(), DisplayName?.Trim(), Enum.IsDefined(Role) ? Role : null), cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(int id, CancellationToken cancellationToken) =>
        UpdateAsync(id, new UpdateUserRequest(Active: false), cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(int id, CancellationToken cancellationToken) =>
        UpdateAsync(id, new UpdateUserRequest(Active: true), cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(int id, CancellationToken cancellationToken)
    {
        int? days = null;
        if (!string.IsNullOrWhiteSpace(ExpiresInDays))
        {
            if (!int.TryParse(ExpiresInDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                return await RefuseAsync(id, Refusal.Invalid(AdminText.BadDays), cancellationToken);
            }

            days = parsed;
        }

        var request = new CreateTokenRequest(string.IsNullOrWhiteSpace(TokenName) ? null : TokenName.Trim(), days);
        if (Refusal.Validate(request) is { } invalid)
        {
            return await RefuseAsync(id, invalid, cancellationToken);
        }

        var result = (await UsersApi.IssueToken(id, request, db, clock, cancellationToken)).Result;
        Issued = result.Value<IssuedToken>();
        return await DoneAsync(id, result, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, int tokenId, CancellationToken cancellationToken) =>
        await DoneAsync(id, (await UsersApi.RevokeToken(id, tokenId, db, clock, cancellationToken)).Result, cancellationToken);

    private async Task<IActionResult> UpdateAsync(int id, UpdateUserRequest request, CancellationToken cancellationToken)
    {
        if (Refusal.Validate(request) is { } invalid)
        {
            return await RefuseAsync(id, invalid, cancellationToken);
        }

        return await DoneAsync(id, (await UserUpdates.Update(id, request, HttpContext, db, clock, cancellationToken)).Result, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(int id, IResult result, CancellationToken cancellationToken)
    {
        if (Refusal.From(result) is { } refusal)
        {
            return await RefuseAsync(id, refusal, cancellationToken);
        }

        Changed = true;
        return await OnGetAsync(id, cancellationToken);
    }

    private async Task<IActionResult> RefuseAsync(int id, Refusal refusal, CancellationToken cancellationToken)
    {
        Refusal = refusal;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = refusal.Status;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return false;
        }

        Person = user.AsResponse();
        Tokens = (await UsersApi.Tokens(id, db, cancellationToken)).Result.Value<List<TokenResponse>>() ?? [];
        return true;
    }
}
