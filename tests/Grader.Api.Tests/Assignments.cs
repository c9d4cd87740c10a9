using System.Net;
using System.Net.Http.Json;
using Grader.Api.Assignments;
using Microsoft.EntityFrameworkCore;

namespace Grader.Api.Tests;

/// <summary>Calls the assignment tests share.</summary>
public static class Assignments
{
    /// <summary>A due date in the past, so tests place submissions around it by setting their SubmittedAt.</summary>
    public static readonly DateTimeOffset Due = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public static string NewId() => $"hw-{Guid.NewGuid():N}"[..20];

    /// <summary>Creates an assignment over cumsum (10 points) and sum-keepdims (5 points), due at <see cref="Due"/>.</summary>
    public static async Task<string> CreateAsync(HttpClient instructor, string counts = "last", int? lateDays = 2, int lateCreditPercent = 50)
    {
        var id = NewId();
        var response = await instructor.PostAsJsonAsync("/assignments", new
        {
            id,
            title = new { en = "Homework: reductions", zhTW = "作業：歸約" },
            exercises = new[] { new { exerciseId = "cumsum", points = 10 }, new { exerciseId = "sum-keepdims", points = 5 } },
            opensAt = Due.AddDays(-14),
            dueAt = Due,
            lateUntil = lateDays is { } days ? Due.AddDays(days) : (DateTimeOffset?)null,
            lateCreditPercent = lateDays is null ? (int?)null : lateCreditPercent,
            counts,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>Moves a submission in time: what a submission at that moment would have stored.</summary>
    public static Task SubmittedAtAsync(GraderApiFactory api, long submissionId, DateTimeOffset at) =>
        api.WithDatabaseAsync(db => db.Submissions.Where(s => s.Id == submissionId)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.SubmittedAt, at.UtcDateTime)));

    /// <summary>Submits, waits for the grade, and places the submission at <paramref name="at"/>.</summary>
    public static async Task<long> SubmitAtAsync(GraderApiFactory api, HttpClient student, string code, DateTimeOffset at, string exercise = "cumsum")
    {
        var submission = await Submit.GradedAsync(student, code, exercise);
        await SubmittedAtAsync(api, submission.Id, at);
        return submission.Id;
    }

    public static async Task<Gradebook> GradebookAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<Gradebook>($"/assignments/{id}/gradebook", Json.Options))!;

    public static GradebookRow Row(Gradebook gradebook, string userName) => gradebook.Rows.Single(r => r.Student.UserName == userName);
}
