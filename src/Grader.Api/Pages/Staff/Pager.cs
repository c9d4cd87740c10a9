using Microsoft.AspNetCore.WebUtilities;

namespace Grader.Api.Pages.Staff;

/// <summary>Previous and next links of a paged list, keeping its filters.</summary>
public sealed record Pager(string Path, IReadOnlyDictionary<string, string?> Filters, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Link(int page) =>
        QueryHelpers.AddQueryString(Path, [.. Filters.Where(f => !string.IsNullOrEmpty(f.Value)), new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
