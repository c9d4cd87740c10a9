using System.Net.Http.Json;
using Grader.Api.Review;

namespace Grader.Api.Tests;

/// <summary>Calls the review tests share: reading a grade with its ETag, and changing it with If-Match.</summary>
public static class Reviews
{
    public static async Task<(GradeResponse Grade, string ETag)> GradeAsync(HttpClient client, long submissionId)
    {
        var response = await client.GetAsync($"/submissions/{submissionId}/grade");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<GradeResponse>(Json.Options))!, response.Headers.ETag!.ToString());
    }

    public static Task<HttpResponseMessage> ChangeAsync(HttpClient client, long submissionId, string? etag, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/submissions/{submissionId}/grade") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }

    public static async Task<GradeResponse> ChangedAsync(HttpClient client, long submissionId, object body)
    {
        var (_, etag) = await GradeAsync(client, submissionId);
        var response = await ChangeAsync(client, submissionId, etag, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GradeResponse>(Json.Options))!;
    }
}
