using System.Net;
using System.Text.Json;

namespace Grader.Api.Tests;

public static class Problem
{
    /// <summary>Asserts an RFC 9457 problem with this status and returns its detail.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string? titleContains = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, body.RootElement.GetProperty("status").GetInt32());
        var title = body.RootElement.GetProperty("title").GetString()!;
        if (titleContains is not null)
        {
            Assert.Contains(titleContains, title, StringComparison.OrdinalIgnoreCase);
        }

        return body.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }
}
