using Grader.Api.Data;
using Grader.Api.Pages.Staff;
using Grader.Api.RegradeRequests;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Review;

/// <summary>Regrade requests to answer (open ones first by default), as GET /regrade-requests lists them.</summary>
public sealed class RegradesModel(GraderDb db) : GraderPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "open";

    public IReadOnlyList<RegradeRequestResponse> Requests { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = string.IsNullOrWhiteSpace(Status) ? null : Status;
        var result = (await RegradeRequestsApi.List(HttpContext, db, cancellationToken, status)).Result;
        Requests = result.Value<List<RegradeRequestResponse>>() ?? [];
        Refusal = Refusal.From(result);
        if (Refusal is not null)
        {
            Response.StatusCode = Refusal.Status;
        }
    }
}
