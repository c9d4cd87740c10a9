using System.Net;
using System.Net.Http.Json;
using Grader.Api.Data;
using Grader.Api.Grading;
using Grader.Api.Rejudges;
using Grader.Exercises.Grading;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>Calls the rejudge tests share.</summary>
public static class RejudgeCalls
{
    public static async Task<RejudgeResponse> CreateAsync(HttpClient staff, object body)
    {
        var response = await staff.PostAsJsonAsync("/rejudges", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RejudgeResponse>(Json.Options))!;
    }

    public static async Task<RejudgeResponse> GetAsync(HttpClient staff, long id) =>
        (await staff.GetFromJsonAsync<RejudgeResponse>($"/rejudges/{id}", Json.Options))!;

    /// <summary>Polls until every submission of the rejudge is graded again.</summary>
    public static async Task<RejudgeResponse> DoneAsync(HttpClient staff, long id, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var rejudge = await GetAsync(staff, id);
            if (rejudge.Progress.Done == rejudge.Progress.Total)
            {
                return rejudge;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Rejudge {id} was not done in time: {rejudge.Progress}.");
            await Task.Delay(200);
        }
    }

    public static async Task<RejudgeResponse> DecideAsync(HttpClient staff, long id, string decision)
    {
        var response = await staff.PostAsync($"/rejudges/{id}/{decision}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RejudgeResponse>(Json.Options))!;
    }

    /// <summary>Stores another autograder result for a graded submission, as an older catalog would have judged it.</summary>
    public static Task StoreOldResultAsync(GraderApiFactory api, long submissionId, Verdict verdict, int score) =>
        api.WithDatabaseAsync(async db =>
        {
            var submission = await db.Submissions.FirstAsync(s => s.Id == submissionId);
            submission.Verdict = verdict;
            submission.Score = score;
            submission.Report = ReportJson.Write(ReportJson.Read(submission.Report!) with { Verdict = verdict, Score = score });
            return await db.SaveChangesAsync();
        });
}
