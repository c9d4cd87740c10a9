using System.Net.Http.Json;
using Grader.Api.Users;

namespace Grader.Api.Tests.Pages;

/// <summary>Tokens issued by the instructor, for signing in to the pages.</summary>
public static class Tokens
{
    public static async Task<string> IssueAsync(GraderApiFactory api, int userId) => (await IssuedAsync(api, userId)).Token;

    public static async Task<IssuedToken> IssuedAsync(GraderApiFactory api, int userId)
    {
        var issued = await api.Instructor().PostAsJsonAsync($"/users/{userId}/tokens", new { name = "pages" });
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<IssuedToken>(Json.Options))!;
    }
}
