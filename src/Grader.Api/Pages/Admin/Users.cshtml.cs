using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.Users;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Admin;

/// <summary>Every user (GET /users), and the form that adds one (POST /users).</summary>
public sealed class UsersModel(GraderDb db, TimeProvider clock) : GraderPageModel
{
    public IReadOnlyList<UserResponse> Users { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public Role Role { get; set; } = Role.Student;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Users = (await UsersApi.List(db, cancellationToken)).Result.Value<List<UserResponse>>() ?? [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new CreateUserRequest(UserName?.Trim() ?? "", DisplayName?.Trim() ?? "", Enum.IsDefined(Role) ? Role : Role.Student);
        Refusal = Refusal.Validate(request);
        if (Refusal is null)
        {
            var result = (await UsersApi.Create(request, db, clock, cancellationToken)).Result;
            if (result.Value<UserResponse>() is { } created)
            {
                return Redirect($"/app/admin/users/{created.Id}");
            }

            Refusal = Refusal.From(result);
        }

        Response.StatusCode = Refusal!.Status;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
