using System.Net;
using System.Net.Http.Json;
using System.Text;
using Grader.Api.Submissions;

namespace Grader.Api.Tests;

/// <summary>Snippets and calls the tests share.</summary>
public static class Submit
{
    public const string HonestCumsum = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            return (A.sum(0, keepdim: true), A.cumsum(0));
        }
        """;

    /// <summary>Forgets keepdim: the checker names the mistake.</summary>
    public const string KeepdimMissing = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            return (A.sum(dim: 0), A.cumsum(0));
        }
        """;

    /// <summary>A missing semicolon on line 3.</summary>
    public const string MissingSemicolon = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            return (A.sum(0, keepdim: true), A.cumsum(0))
        }
        """;

    /// <summary>Runs into the time limit (2 s), so it keeps a worker busy.</summary>
    public const string Endless = """
        (Tensor sum, Tensor cumsum) Solve(Tensor A)
        {
            while (true) { }
        }
        """;

    /// <summary>Submits as text/plain and returns the final grade (waiting longer than one call if the machine is slow).</summary>
    public static async Task<SubmissionResponse> GradedAsync(HttpClient client, string code, string exercise = "cumsum")
    {
        var response = await TextAsync(client, code, exercise);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted, $"POST answered {response.StatusCode}");
        var submission = await ReadAsync(response);
        return submission.Status == Data.SubmissionStatus.Completed ? submission : await FinalAsync(client, submission.Id);
    }

    public static Task<HttpResponseMessage> TextAsync(HttpClient client, string code, string exercise = "cumsum", int wait = 10) =>
        client.PostAsync($"/exercises/{exercise}/submissions?wait={wait}", new StringContent(code, Encoding.UTF8, "text/plain"));

    public static Task<HttpResponseMessage> JsonAsync(HttpClient client, string code, string exercise = "cumsum", int wait = 10) =>
        client.PostAsJsonAsync($"/exercises/{exercise}/submissions?wait={wait}", new { code });

    public static async Task<SubmissionResponse> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<SubmissionResponse>(Json.Options))!;

    /// <summary>Polls (with the API's own bounded wait) until the submission is final.</summary>
    public static async Task<SubmissionResponse> FinalAsync(HttpClient client, long id, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var response = await client.GetAsync($"/submissions/{id}?wait=10");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var submission = await ReadAsync(response);
            if (submission.Status == Data.SubmissionStatus.Completed)
            {
                return submission;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Submission {id} was still {submission.Status} after the deadline.");
        }
    }
}
